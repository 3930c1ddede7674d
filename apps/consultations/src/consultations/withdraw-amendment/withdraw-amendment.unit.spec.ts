import { Conflict, NotFound, RuleViolated } from '@commonplan/kernel';
import { standingAmendments } from '../consultation';
import type { ConsultationEvent } from '../consultation.events';
import { AMENDMENT, amendment, consultationOf, OFFICER, published } from '../consultation.fixture';
import { withdrawAmendment } from './withdraw-amendment';

const proposed: ConsultationEvent = { type: 'AmendmentProposed', data: amendment() };

describe('withdrawing an amendment', () => {
  it('keeps it on record, no longer standing', () => {
    const events = withdrawAmendment(consultationOf(proposed), AMENDMENT, OFFICER);
    expect(events).toEqual([
      { type: 'AmendmentWithdrawn', data: { amendmentId: AMENDMENT, withdrawnBy: OFFICER } },
    ]);
    const after = consultationOf(proposed, ...events);
    expect(after.amendments.get(AMENDMENT)?.withdrawn).toBe(true);
    expect(standingAmendments(after)).toEqual([]);
  });

  it('is refused for an unknown or withdrawn amendment, and after the outcome', () => {
    expect(() => withdrawAmendment(consultationOf(), AMENDMENT, OFFICER)).toThrow(NotFound);
    const withdrawn = consultationOf(
      proposed,
      ...withdrawAmendment(consultationOf(proposed), AMENDMENT, OFFICER),
    );
    expect(() => withdrawAmendment(withdrawn, AMENDMENT, OFFICER)).toThrow(Conflict);
    expect(() => withdrawAmendment(consultationOf(proposed, published), AMENDMENT, OFFICER)).toThrow(
      RuleViolated,
    );
  });
});
