import { byteaOf } from '@commonplan/event-store';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  badgesOf,
  Conflict,
  fold,
  Invalid,
  isStaffRole,
  NotSignedIn,
  RuleViolated,
  type Badge,
  type RoleGrant,
} from '@commonplan/kernel';
import { SignInAttempts } from '@commonplan/nest';
import {
  encodeBase32,
  generateTotpSecret,
  openWithKey,
  otpauthUri,
  PasswordHasher,
  passwordRules,
  sealWithKey,
  verifyTotp,
} from '../credentials';
import { IdentityKeys } from '../identity-keys.adapter';
import { IdentityStreams, type Actor } from '../identity-streams.adapter';
import { evolveParticipant, initialParticipant } from '../participants/participant';
import { grantRole, register } from '../participants/participant.decisions';
import { PARTICIPANT_STREAM, type ParticipantEvent } from '../participants/participant.events';
import { Sessions, type StartedSession } from '../sign-in/sessions.adapter';

const ENROLMENT_LIFETIME_MS = 72 * 3600 * 1000;
const UNIQUE_VIOLATION = '23505';

export interface OpenedStaffAccount {
  readonly participantId: string;
  readonly username: string;
  /** Shown once, to hand to the new colleague: only its digest is kept. */
  readonly enrolmentToken: string;
  readonly enrolmentExpiresAt: string;
}

interface AccountRow {
  readonly participant_id: string;
  readonly password_hash: string | null;
  readonly sealed_totp_secret: Uint8Array | string | null;
  readonly last_totp_step: string | number | null;
}

const failed = (): NotSignedIn =>
  new NotSignedIn('staff-sign-in.failed', 'username, password or code is wrong');

/**
 * Staff accounts: an administrator opens one with its roles, the colleague enrols with a one-time
 * token (choosing a password, receiving a TOTP secret), then signs in with all three.
 */
@Injectable()
export class StaffAccounts {
  /** Verified against when the username is unknown, so the answer takes as long either way. */
  private readonly decoy: Promise<string>;

  constructor(
    private readonly streams: IdentityStreams,
    private readonly keys: IdentityKeys,
    private readonly sessions: Sessions,
    private readonly attempts: SignInAttempts,
    private readonly passwords: PasswordHasher,
  ) {
    this.decoy = passwords.hash(randomBytes(32).toString('base64'));
  }

  private digestOf(token: string): string {
    return createHmac('sha256', this.keys.staffEnrolmentPepper).update(token).digest('hex');
  }

  /** `actor` and `granter` are the administrator; the first administrator opens their own account. */
  async open(
    username: string,
    grants: readonly RoleGrant[],
    actor: Actor | 'self',
    granter: ReadonlySet<Badge> = badgesOf([{ role: 'administrator' }]),
  ): Promise<OpenedStaffAccount> {
    const notStaff = grants.filter((grant) => !isStaffRole(grant.role));
    if (notStaff.length > 0)
      throw new RuleViolated('staff.not-a-staff-role', `${notStaff[0]!.role} is not a staff role`);
    const participantId = randomUUID();
    const by = actor === 'self' ? { participantId, role: 'administrator' } : actor;
    const enrolmentToken = randomBytes(32).toString('base64url');
    const enrolmentExpiresAt = new Date(Date.now() + ENROLMENT_LIFETIME_MS).toISOString();
    try {
      await this.streams.inTransaction(async (session) => {
        await session.query(
          `INSERT INTO identity_staff_accounts (participant_id, username, enrolment_digest, enrolment_expires_at)
           VALUES ($1, $2, $3, $4)`,
          [participantId, username, this.digestOf(enrolmentToken), enrolmentExpiresAt],
        );
        const events: ParticipantEvent[] = register(initialParticipant(), 'staff-account', participantId);
        for (const grant of grants)
          events.push(
            ...grantRole(
              fold(evolveParticipant, initialParticipant(), events),
              grant,
              by.participantId,
              granter,
            ),
          );
        await this.streams.append(session, PARTICIPANT_STREAM, participantId, events, 'no-stream', by);
      });
    } catch (error) {
      if ((error as { code?: unknown }).code === UNIQUE_VIOLATION)
        throw new Conflict('staff.username-taken', `the username ${username} is taken`);
      throw error;
    }
    return { participantId, username, enrolmentToken, enrolmentExpiresAt };
  }

  async enrol(
    enrolmentToken: string,
    password: string,
    address: string | undefined,
  ): Promise<{ totpSecret: string; otpauthUri: string }> {
    this.attempts.count(address);
    const issues = passwordRules(password);
    if (issues.length > 0) throw new Invalid('staff.weak-password', 'the password breaks its rules', issues);
    const digest = this.digestOf(enrolmentToken);
    // The token is checked before the password is hashed: argon2 is costly on purpose, and nobody
    // without a token should be able to make the server pay for it.
    const invalid = () =>
      new NotSignedIn('staff-enrolment.invalid', 'this enrolment token is not valid, used or expired');
    const { rows: pending } = await this.streams.inTransaction((session) =>
      session.query(
        'SELECT 1 FROM identity_staff_accounts WHERE enrolment_digest = $1 AND enrolment_expires_at > now()',
        [digest],
      ),
    );
    if (!pending[0]) throw invalid();
    const hash = await this.passwords.hash(password);
    const secret = generateTotpSecret();
    const { rows } = await this.streams.inTransaction((session) =>
      session.query<{ username: string }>(
        `UPDATE identity_staff_accounts
            SET password_hash = $2, sealed_totp_secret = $3, last_totp_step = NULL,
                enrolment_digest = NULL, enrolment_expires_at = NULL
          WHERE enrolment_digest = $1 AND enrolment_expires_at > now()
         RETURNING username`,
        [digest, hash, Buffer.from(sealWithKey(this.keys.master, secret))],
      ),
    );
    if (!rows[0]) throw invalid();
    return {
      totpSecret: encodeBase32(secret),
      otpauthUri: otpauthUri({ issuer: 'Commonplan', account: rows[0].username, secret }),
    };
  }

  async signIn(
    username: string,
    password: string,
    totp: string,
    address: string | undefined,
  ): Promise<StartedSession> {
    this.attempts.count(address, `staff:${username}`);
    return this.streams.inTransaction(async (session) => {
      const { rows } = await session.query<AccountRow>(
        `SELECT participant_id, password_hash, sealed_totp_secret, last_totp_step
           FROM identity_staff_accounts WHERE username = $1 FOR UPDATE`,
        [username],
      );
      const account = rows[0];
      const passwordOk = await this.passwords.verify(account?.password_hash ?? (await this.decoy), password);
      if (!account?.password_hash || !account.sealed_totp_secret || !passwordOk) throw failed();
      const secret = openWithKey(this.keys.master, byteaOf(account.sealed_totp_secret));
      const check = verifyTotp(secret, totp.replace(' ', ''), new Date());
      // A code already used is refused: someone watching over a shoulder gets nothing from it.
      if (!check.ok || (account.last_totp_step !== null && check.step <= Number(account.last_totp_step)))
        throw failed();
      await session.query(
        'UPDATE identity_staff_accounts SET last_totp_step = $2 WHERE participant_id = $1',
        [account.participant_id, check.step],
      );
      const { state } = await this.streams.participant(account.participant_id, session);
      return this.sessions.start(session, account.participant_id, state.grants, 'staff-password');
    });
  }

  /** Whether any staff account holds the administrator role: the command line opens only the first. */
  async hasAdministrator(): Promise<boolean> {
    const { rows } = await this.streams.inTransaction((session) =>
      session.query<{ participant_id: string }>('SELECT participant_id FROM identity_staff_accounts'),
    );
    for (const row of rows) {
      const { state } = await this.streams.participant(row.participant_id);
      if (state.grants.some((grant) => grant.role === 'administrator')) return true;
    }
    return false;
  }
}
