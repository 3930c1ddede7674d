import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { WrongExpectedVersion, type SqlDatabase } from '@commonplan/event-store';
import { Conflict, fold, NotSignedIn, type AgeBand } from '@commonplan/kernel';
import { SignInAttempts, SQL_DATABASE } from '@commonplan/nest';
import { ACCESS_CODE_STREAM } from '../access-codes/access-code.events';
import { accessCodeDigest } from '../credentials';
import { IdentityKeys } from '../identity-keys.adapter';
import { IdentityStreams } from '../identity-streams.adapter';
import { evolveParticipant, initialParticipant } from '../participants/participant';
import { register, verifyResidence } from '../participants/participant.decisions';
import { PARTICIPANT_STREAM, type ParticipantEvent } from '../participants/participant.events';
import { VerificationPolicy } from '../verification-policy/verification-policy.adapter';
import { Sessions, type StartedSession } from './sessions.adapter';

interface IssuedCode {
  readonly batch_id: string;
  readonly district: string | null;
  readonly age_band: AgeBand | null;
}

const wrongCode = (): NotSignedIn => new NotSignedIn('access-code.wrong', 'this access code is not valid');

/**
 * A resident types the code from their letter: the code is spent, a participant is registered with
 * residence verified as the code's batch says (district, age band), and a session starts, all at once.
 */
@Injectable()
export class SignInWithAccessCode {
  constructor(
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    private readonly keys: IdentityKeys,
    private readonly streams: IdentityStreams,
    private readonly sessions: Sessions,
    private readonly attempts: SignInAttempts,
    private readonly policy: VerificationPolicy,
  ) {}

  async signIn(code: string, address: string | undefined): Promise<StartedSession> {
    const digest = accessCodeDigest(this.keys.accessCodePepper, code);
    this.attempts.count(address, digest && `access-code:${digest}`);
    if (!digest) throw wrongCode();
    await this.policy.requireOffered('access-code');
    const { rows } = await this.db.query<IssuedCode>(
      'SELECT batch_id, district, age_band FROM identity_access_codes WHERE digest = $1',
      [digest],
    );
    const issued = rows[0];
    if (!issued) throw wrongCode();
    const participantId = randomUUID();
    const actor = { participantId, role: 'resident' };
    return this.streams.inTransaction(async (session) => {
      try {
        await this.streams.append(
          session,
          ACCESS_CODE_STREAM,
          digest,
          [{ type: 'AccessCodeRedeemed', data: { batchId: issued.batch_id } }],
          'no-stream',
          actor,
        );
      } catch (error) {
        if (error instanceof WrongExpectedVersion)
          throw new Conflict('access-code.used', 'this access code has been used already');
        throw error;
      }
      const events: ParticipantEvent[] = register(initialParticipant(), 'access-code', participantId);
      const registered = fold(evolveParticipant, initialParticipant(), events);
      events.push(
        ...verifyResidence(registered, {
          method: 'access-code',
          ...(issued.district ? { district: issued.district } : {}),
          ...(issued.age_band ? { ageBand: issued.age_band } : {}),
          accessCodeBatchId: issued.batch_id,
        }),
      );
      await this.streams.append(session, PARTICIPANT_STREAM, participantId, events, 'no-stream', actor);
      const { grants } = fold(evolveParticipant, initialParticipant(), events);
      return this.sessions.start(session, participantId, grants, 'access-code');
    });
  }
}
