import { NotFound, RuleViolated } from '@commonplan/kernel';
import type { MeasureContent } from '../plans/measure';
import { measureContentOf } from '../plans/plan';
import type { DerivedAmendment, PlanEvent } from '../plans/plan.events';
import {
  CAFES,
  CLASSES,
  CONSULTATION,
  idOf,
  JOBS,
  LANGUAGE,
  measure,
  OFFICER,
  publishedPlanOf,
  WORK,
} from '../plans/plan.fixture';
import { planDiff } from './plan-diff';

const SECOND_CONSULTATION = idOf(300);
const [A1, A2, A3, A4, A5, A6] = [idOf(101), idOf(102), idOf(103), idOf(104), idOf(105), idOf(106)] as const;
const [MENTORS, INTERNSHIPS] = [idOf(201), idOf(202)] as const;
const [C1, C2, C3, C4] = [idOf(401), idOf(402), idOf(403), idOf(404)] as const;

const cafes = measureContentOf(measure(CAFES, '1', 'Language cafés'));
const classes = measureContentOf(measure(CLASSES, '2', 'Evening classes'));
const jobs = measureContentOf(measure(JOBS, '3', 'Job fairs'));
const mentors: MeasureContent = { ...measureContentOf(measure(MENTORS, '', 'Mentors')), budget: null };
const internships = measureContentOf(measure(INTERNSHIPS, '', 'Internships'));

const change = (amendmentId: string, measureId: string, content: MeasureContent): DerivedAmendment => ({
  amendmentId,
  kind: 'change',
  measureId,
  sectionId: null,
  number: null,
  content,
});
const derived = (version: number, consultationId: string, amendments: DerivedAmendment[]): PlanEvent => ({
  type: 'PlanVersionDerived',
  data: { version, fromVersion: version - 1, consultationId, amendments, derivedBy: OFFICER },
});

/**
 * Version 2: cafés open to asylum seekers (A1), mentors added to Work (A2), internships added (A3).
 * Version 3: cafés get a bigger budget (A4), evening classes removed (A5), internships removed again (A6).
 */
const plan = publishedPlanOf(
  derived(2, CONSULTATION, [
    change(A1, CAFES, { ...cafes, targetGroups: ['newcomers', 'asylum seekers'] }),
    { amendmentId: A2, kind: 'add', measureId: MENTORS, sectionId: WORK, number: '4', content: mentors },
    {
      amendmentId: A3,
      kind: 'add',
      measureId: INTERNSHIPS,
      sectionId: WORK,
      number: '5',
      content: internships,
    },
  ]),
  derived(3, SECOND_CONSULTATION, [
    change(A4, CAFES, {
      ...cafes,
      targetGroups: ['newcomers', 'asylum seekers'],
      budget: { amount: '2000000', currency: 'EUR' },
    }),
    { amendmentId: A5, kind: 'remove', measureId: CLASSES, sectionId: null, number: null, content: null },
    { amendmentId: A6, kind: 'remove', measureId: INTERNSHIPS, sectionId: null, number: null, content: null },
  ]),
);
const cited = new Map([
  [A1, [C1, C2]],
  [A4, [C2, C3]],
  [A5, [C4]],
]);

describe('the differences between two versions of a plan', () => {
  it('lists each measure added, changed or removed across every version between, with the amendments and comments behind it', () => {
    expect(planDiff(plan, 1, 3, cited)).toEqual({
      from: 1,
      to: 3,
      differences: [
        {
          kind: 'changed',
          measureId: CAFES,
          number: '1',
          section: { sectionId: LANGUAGE, heading: 'Language' },
          fields: [
            {
              field: 'budget',
              before: { amount: '1200000', currency: 'EUR' },
              after: { amount: '2000000', currency: 'EUR' },
            },
            { field: 'targetGroups', before: ['newcomers'], after: ['newcomers', 'asylum seekers'] },
          ],
          amendments: [
            { amendmentId: A1, kind: 'change', consultationId: CONSULTATION, version: 2 },
            { amendmentId: A4, kind: 'change', consultationId: SECOND_CONSULTATION, version: 3 },
          ],
          commentIds: [C1, C2, C3],
        },
        {
          kind: 'added',
          measureId: MENTORS,
          number: '4',
          section: { sectionId: WORK, heading: 'Work' },
          after: mentors,
          amendments: [{ amendmentId: A2, kind: 'add', consultationId: CONSULTATION, version: 2 }],
          commentIds: [],
        },
        {
          kind: 'removed',
          measureId: CLASSES,
          number: '2',
          section: { sectionId: LANGUAGE, heading: 'Language' },
          before: classes,
          amendments: [{ amendmentId: A5, kind: 'remove', consultationId: SECOND_CONSULTATION, version: 3 }],
          commentIds: [C4],
        },
      ],
    });
  });

  it('shows one step at a time: what version 2 changed, then what version 3 changed', () => {
    const first = planDiff(plan, 1, 2, cited).differences;
    expect(first.map((difference) => [difference.kind, difference.number])).toEqual([
      ['changed', '1'],
      ['added', '4'],
      ['added', '5'],
    ]);
    expect(first[0]).toMatchObject({ fields: [{ field: 'targetGroups' }], commentIds: [C1, C2] });
    const second = planDiff(plan, 2, 3).differences;
    expect(second.map((difference) => [difference.kind, difference.number])).toEqual([
      ['changed', '1'],
      ['removed', '2'],
      ['removed', '5'],
    ]);
    expect(second[0]).toMatchObject({ fields: [{ field: 'budget' }], commentIds: [] });
  });

  it('leaves out a measure changed and changed back', () => {
    const reverted = publishedPlanOf(
      derived(2, CONSULTATION, [change(A1, JOBS, { ...jobs, text: 'Job fairs, monthly.' })]),
      derived(3, SECOND_CONSULTATION, [change(A2, JOBS, jobs)]),
    );
    expect(planDiff(reverted, 1, 3).differences).toEqual([]);
    expect(planDiff(reverted, 1, 2).differences).toHaveLength(1);
  });

  it('runs only forwards, between versions the plan has', () => {
    expect(() => planDiff(plan, 3, 1)).toThrow(RuleViolated);
    expect(() => planDiff(plan, 2, 2)).toThrow(
      expect.objectContaining({ code: 'plan-diff.versions-out-of-order' }),
    );
    expect(() => planDiff(plan, 1, 4)).toThrow(NotFound);
    expect(() => planDiff(plan, 0, 2)).toThrow(expect.objectContaining({ code: 'plan.version-not-found' }));
  });
});
