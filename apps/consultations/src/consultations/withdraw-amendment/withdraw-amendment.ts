import { Conflict, NotFound } from '@commonplan/kernel';
import { mustBeAmendable, type Consultation } from '../consultation';
import type { ConsultationEvent } from '../consultation.events';

/**
 * An amendment is withdrawn, never deleted, until the outcome is published; responses that cite it
 * must then cite another or say why none is needed before the outcome can go out.
 */
export const withdrawAmendment = (
  state: Consultation,
  amendmentId: string,
  withdrawnBy: string,
): ConsultationEvent[] => {
  mustBeAmendable(state);
  const amendment = state.amendments.get(amendmentId);
  if (!amendment) throw new NotFound('amendment.not-found', 'no such amendment', { field: 'amendmentId' });
  if (amendment.withdrawn)
    throw new Conflict('amendment.already-withdrawn', 'this amendment is withdrawn already');
  return [{ type: 'AmendmentWithdrawn', data: { amendmentId, withdrawnBy } }];
};
