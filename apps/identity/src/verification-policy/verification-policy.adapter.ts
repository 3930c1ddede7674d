import { Injectable } from '@nestjs/common';
import { NotAllowed, type VerificationMethod } from '@commonplan/kernel';
import { IdentityStreams, type Actor } from '../identity-streams.adapter';
import {
  offeredMethods,
  VERIFICATION_POLICY_ID,
  VERIFICATION_POLICY_STREAM,
  type verificationMethodsConfigured,
} from './verification-policy.events';
import type { Infer } from '@commonplan/kernel';

type Configured = { readonly type: string; readonly data: Infer<typeof verificationMethodsConfigured> };

/** Which verification methods this city offers, read from its policy stream on every use. */
@Injectable()
export class VerificationPolicy {
  constructor(private readonly streams: IdentityStreams) {}

  async offered(): Promise<readonly VerificationMethod[]> {
    return offeredMethods(
      await this.streams.read<Configured>(VERIFICATION_POLICY_STREAM, VERIFICATION_POLICY_ID),
    );
  }

  async requireOffered(method: VerificationMethod): Promise<void> {
    if (!(await this.offered()).includes(method))
      throw new NotAllowed(
        'verification.method-not-offered',
        `this city does not offer verification by ${method}`,
      );
  }

  async configure(methods: readonly VerificationMethod[], actor: Actor): Promise<void> {
    await this.streams.inTransaction((session) =>
      this.streams.append(
        session,
        VERIFICATION_POLICY_STREAM,
        VERIFICATION_POLICY_ID,
        [
          {
            type: 'VerificationMethodsConfigured',
            data: { methods: [...new Set(methods)], configuredBy: actor.participantId },
          },
        ],
        'any',
        actor,
      ),
    );
  }
}
