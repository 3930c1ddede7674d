import { NotFound } from '@commonplan/kernel';
import { closingIfDue, type Consultation } from '../consultation';
import type { ConsultationEvent } from '../consultation.events';

/**
 * For the scheduler: the closing, once it is due and not yet recorded; nothing otherwise, so calling
 * it on every tick is safe. There is deliberately no early closing by an officer: the announced
 * closing time is a promise to everyone who planned to comment by it (residents who wait for a
 * translation, an NGO gathering its members' views). A consultation opened by mistake still runs,
 * and its outcome says so.
 */
export const closeConsultation = (state: Consultation, now: Date): ConsultationEvent[] => {
  if (!state.opened || !state.closesAt) throw new NotFound('consultation.not-found', 'no such consultation');
  return closingIfDue(state, now);
};
