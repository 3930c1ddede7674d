import { AGE_BANDS, s, type Infer } from '@commonplan/kernel';
import type { IntegrationEventContract } from '../integration-event';

/**
 * Identity verified where a participant lives: what other contexts need to decide eligibility, and
 * nothing more. The participant is named only by their pseudonymous id; how they were verified (which
 * access-code batch, which officer) stays in identity, since it could point back to a person.
 */
export const residenceVerifiedV1Payload = s.object({
  participantId: s.uuid(),
  level: s.oneOf('self-declared', 'verified'),
  /** A district as the city names it, never an address. */
  district: s.nullable(s.string({ min: 1, max: 80 })),
  ageBand: s.nullable(s.oneOf(...AGE_BANDS)),
});

export type ResidenceVerifiedV1 = Infer<typeof residenceVerifiedV1Payload>;

export const residenceVerifiedV1: IntegrationEventContract<'ResidenceVerified', ResidenceVerifiedV1> = {
  context: 'identity',
  type: 'ResidenceVerified',
  version: 1,
  schema: residenceVerifiedV1Payload,
};
