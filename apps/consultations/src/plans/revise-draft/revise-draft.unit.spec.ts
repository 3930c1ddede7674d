import { Conflict, Invalid, NotFound } from '@commonplan/kernel';
import type { PlanDraftRevised } from '../plan.events';
import { drafted, draftedEvent, JOBS, measure, OFFICER, planOf, publishedPlanOf } from '../plan.fixture';
import { reviseDraft } from './revise-draft';

const { draftedBy: _author, ...content } = drafted;
const revision: PlanDraftRevised = {
  ...content,
  title: 'Osijek welcomes everyone',
  sections: [{ ...drafted.sections[1]!, measures: [measure(JOBS, '1', 'Job fairs with interpreters')] }],
  revisedBy: OFFICER,
};

describe('revising a draft plan', () => {
  it('replaces the whole content of the draft', () => {
    const events = reviseDraft(planOf(draftedEvent), revision);
    expect(events).toEqual([{ type: 'PlanDraftRevised', data: revision }]);
    const plan = planOf(draftedEvent, ...events);
    expect(plan.draft?.title).toBe('Osijek welcomes everyone');
    expect(plan.draft?.sections).toEqual(revision.sections);
  });

  it('refuses once version 1 is published: it changes only through amendments then', () => {
    expect(() => reviseDraft(publishedPlanOf(), revision)).toThrow(
      expect.objectContaining({ code: 'plan.version-published' }),
    );
    expect(() => reviseDraft(publishedPlanOf(), revision)).toThrow(Conflict);
  });

  it('refuses a plan never drafted and content with repeated numbers', () => {
    expect(() => reviseDraft(planOf(), revision)).toThrow(NotFound);
    const twice = {
      ...revision,
      sections: [
        { ...revision.sections[0]!, measures: [measure(JOBS, '1', 'a'), measure(OFFICER, '1', 'b')] },
      ],
    };
    expect(() => reviseDraft(planOf(draftedEvent), twice)).toThrow(Invalid);
  });
});
