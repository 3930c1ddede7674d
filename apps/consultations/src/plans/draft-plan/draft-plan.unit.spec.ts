import { Conflict, Invalid } from '@commonplan/kernel';
import { planDrafted } from '../plan.events';
import { CAFES, drafted, draftedEvent, JOBS, LANGUAGE, measure, planOf } from '../plan.fixture';
import { draftPlan } from './draft-plan';

describe('drafting a plan', () => {
  it('records the whole content as typed, a draft nobody but officers reads yet', () => {
    const events = draftPlan(planOf(), drafted);
    expect(events).toEqual([{ type: 'PlanDrafted', data: drafted }]);
    expect(planDrafted.parse(events[0]!.data).ok).toBe(true);
    const plan = planOf(...events);
    expect(plan.drafted).toBe(true);
    expect(plan.draft?.sections.map((section) => section.heading)).toEqual(['Language', 'Work']);
    expect(plan.versions).toEqual([]);
  });

  it('refuses a plan that exists already', () => {
    expect(() => draftPlan(planOf(draftedEvent), drafted)).toThrow(Conflict);
  });

  it('refuses repeated section ids, measure ids or measure numbers, naming each field', () => {
    const [language, work] = drafted.sections;
    const repeated = {
      ...drafted,
      sections: [
        language!,
        {
          ...work!,
          sectionId: LANGUAGE,
          measures: [measure(CAFES, '1', 'Again'), measure(JOBS, '3', 'Jobs')],
        },
      ],
    };
    try {
      draftPlan(planOf(), repeated);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(Invalid);
      expect((error as Invalid).issues.map((issue) => issue.field)).toEqual([
        'sections.1.sectionId',
        'sections.1.measures.0.measureId',
        'sections.1.measures.0.number',
      ]);
    }
  });
});
