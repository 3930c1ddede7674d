import { s, type Infer } from '@commonplan/kernel';
import type { IntegrationEventContract } from '../integration-event';

/**
 * Identity erased a participant's personal data: every context drops what its read models keep about
 * them beyond the pseudonymous id (a voter roll's district and age band, say). Who asked for the
 * erasure stays in identity. Published with the participant's stream as its key, so it reaches a
 * consumer after the verifications it follows.
 */
export const personalDataErasedV1Payload = s.object({ participantId: s.uuid() });

export type PersonalDataErasedV1 = Infer<typeof personalDataErasedV1Payload>;

export const personalDataErasedV1: IntegrationEventContract<'PersonalDataErased', PersonalDataErasedV1> = {
  context: 'identity',
  type: 'PersonalDataErased',
  version: 1,
  schema: personalDataErasedV1Payload,
};
