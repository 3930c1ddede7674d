import { Injectable } from '@nestjs/common';
import { WrongExpectedVersion } from '@commonplan/event-store';
import { Conflict, RuleViolated, type AgeBand } from '@commonplan/kernel';
import { SignInAttempts, type Principal } from '@commonplan/nest';
import { registerNumberDigest } from '../credentials';
import { IdentityKeys } from '../identity-keys.adapter';
import { actorOf, IdentityStreams } from '../identity-streams.adapter';
import { verifyResidence } from '../participants/participant.decisions';
import { REGISTER_ENTRY_STREAM } from '../municipal-register/municipal-register.events';
import { VerificationPolicy } from '../verification-policy/verification-policy.adapter';

export interface DeclaredResidence {
  readonly district?: string;
  readonly ageBand?: AgeBand;
}

/** The three ways residence is verified after sign-in: self-declaration, the register, a booth. */
@Injectable()
export class VerifyResidence {
  constructor(
    private readonly streams: IdentityStreams,
    private readonly policy: VerificationPolicy,
    private readonly keys: IdentityKeys,
    private readonly attempts: SignInAttempts,
  ) {}

  async declare(principal: Principal, residence: DeclaredResidence): Promise<void> {
    await this.policy.requireOffered('self-declaration');
    await this.streams.changeParticipant(principal.participantId, actorOf(principal), (state) =>
      verifyResidence(state, { method: 'self-declaration', ...residence }),
    );
  }

  async atBooth(officer: Principal, participantId: string, residence: DeclaredResidence): Promise<void> {
    await this.policy.requireOffered('in-person');
    await this.streams.changeParticipant(participantId, actorOf(officer), (state) =>
      verifyResidence(state, { method: 'in-person', ...residence, verifiedBy: officer.participantId }),
    );
  }

  /** Each register entry verifies one participant; the number typed is never kept, only compared. */
  async byRegister(principal: Principal, registerNumber: string, address: string | undefined): Promise<void> {
    this.attempts.count(address, `register:${principal.participantId}`);
    await this.policy.requireOffered('municipal-register');
    if (!this.keys.register)
      throw new RuleViolated(
        'register.not-configured',
        'this city has not set up matching against its register',
      );
    const digest = registerNumberDigest(this.keys.register, registerNumber);
    const actor = actorOf(principal);
    await this.streams.changeParticipant(
      principal.participantId,
      actor,
      (state) => verifyResidence(state, { method: 'municipal-register' }),
      async (session) => {
        const { rows } = await session.query<{ list_id: string }>(
          'SELECT list_id FROM identity_register_entries WHERE digest = $1',
          [digest],
        );
        if (!rows[0])
          throw new RuleViolated('register.no-match', 'this number is not on the municipal register');
        try {
          await this.streams.append(
            session,
            REGISTER_ENTRY_STREAM,
            digest,
            [{ type: 'RegisterEntryClaimed', data: { listId: rows[0].list_id } }],
            'no-stream',
            actor,
          );
        } catch (error) {
          if (error instanceof WrongExpectedVersion)
            throw new Conflict('register.entry-used', 'this register number has verified someone already');
          throw error;
        }
      },
    );
  }
}
