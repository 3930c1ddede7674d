import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { byteaOf, type SqlSession } from '@commonplan/event-store';
import { fold, NotSignedIn } from '@commonplan/kernel';
import { PinoLogger } from 'nestjs-pino';
import { MailRefused, type Mailer } from '@commonplan/mail';
import { MAILER, PLATFORM_CONFIG, publicUrlOf, SignInAttempts, type PlatformConfig } from '@commonplan/nest';
import { openWithKey, sealWithKey } from '../credentials';
import { IdentityKeys } from '../identity-keys.adapter';
import { IdentityStreams } from '../identity-streams.adapter';
import { evolveParticipant, initialParticipant } from '../participants/participant';
import { recordPersonalData, register } from '../participants/participant.decisions';
import { PARTICIPANT_STREAM, type ParticipantEvent } from '../participants/participant.events';
import { PersonalDataVault } from '../personal-data/personal-data-vault.adapter';
import { Sessions, type StartedSession } from './sessions.adapter';

const LINK_LIFETIME_MS = 15 * 60 * 1000;

interface LinkRow {
  readonly email_index: string;
  readonly sealed_email: Uint8Array | string;
}

/**
 * Sign-in by a one-time link mailed to the address typed. Asking never tells whether the address is
 * known; following the link signs in the participant who holds that address, or registers one.
 */
@Injectable()
export class SignInWithEmailLink {
  constructor(
    private readonly keys: IdentityKeys,
    private readonly streams: IdentityStreams,
    private readonly vault: PersonalDataVault,
    private readonly sessions: Sessions,
    private readonly attempts: SignInAttempts,
    @Inject(MAILER) private readonly mailer: Mailer,
    private readonly logger: PinoLogger,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    private readonly adapterHost: HttpAdapterHost,
  ) {
    this.logger.setContext('SignInWithEmailLink');
  }

  private digestOf(token: string): string {
    return createHmac('sha256', this.keys.signInLinkPepper).update(token).digest('hex');
  }

  async request(email: string, address: string | undefined): Promise<void> {
    const emailIndex = this.vault.emailIndexOf(email);
    this.attempts.count(address, `email:${emailIndex}`);
    const token = randomBytes(32).toString('base64url');
    const sealed = Buffer.from(sealWithKey(this.keys.master, Buffer.from(email.trim(), 'utf8')));
    await this.streams.inTransaction(async (session) => {
      await session.query('DELETE FROM identity_email_links WHERE expires_at < now()');
      await session.query(
        `INSERT INTO identity_email_links (digest, email_index, sealed_email, expires_at) VALUES ($1, $2, $3, $4)`,
        [this.digestOf(token), emailIndex, sealed, new Date(Date.now() + LINK_LIFETIME_MS).toISOString()],
      );
    });
    await this.mail(email.trim(), token);
  }

  /**
   * A refused address is answered like any other: the reply promises a link only if the address can
   * receive mail. A mail server that cannot be reached is an outage, and surfaces as one.
   */
  private async mail(to: string, token: string): Promise<void> {
    // A mail client has no page to resolve a relative link against: the link names the site.
    const site = publicUrlOf(this.config, this.adapterHost.httpAdapter.getHttpServer().address());
    try {
      await this.mailer.send({
        to,
        subject: 'Your Commonplan sign-in link',
        text: `Open this link within 15 minutes to sign in: ${site}/sign-in/email#${token}\nIf you did not ask for it, ignore this mail.`,
        language: 'en',
      });
    } catch (error) {
      if (!(error instanceof MailRefused)) throw error;
      this.logger.warn({ responseCode: error.responseCode }, 'a sign-in link was refused by the mail server');
    }
  }

  async redeem(token: string, address: string | undefined): Promise<StartedSession> {
    this.attempts.count(address);
    return this.streams.inTransaction(async (session) => {
      const { rows } = await session.query<LinkRow>(
        `DELETE FROM identity_email_links WHERE digest = $1 AND expires_at > now()
         RETURNING email_index, sealed_email`,
        [this.digestOf(token)],
      );
      const link = rows[0];
      if (!link)
        throw new NotSignedIn('sign-in-link.invalid', 'this sign-in link is not valid, used or expired');
      const email = Buffer.from(openWithKey(this.keys.master, byteaOf(link.sealed_email))).toString('utf8');
      const known = await this.vault.participantWithEmail(email, session);
      const participantId = known ?? (await this.registerWith(session, email));
      const { state } = await this.streams.participant(participantId, session);
      return this.sessions.start(session, participantId, state.grants, 'email-link');
    });
  }

  private async registerWith(session: SqlSession, email: string): Promise<string> {
    const participantId = randomUUID();
    const events: ParticipantEvent[] = register(initialParticipant(), 'email', participantId);
    events.push(...recordPersonalData(fold(evolveParticipant, initialParticipant(), events), ['email']));
    await this.vault.write(session, participantId, { email: email });
    await this.streams.append(session, PARTICIPANT_STREAM, participantId, events, 'no-stream', {
      participantId,
      role: 'resident',
    });
    return participantId;
  }
}
