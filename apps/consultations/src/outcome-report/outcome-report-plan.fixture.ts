import { deriveVersion } from '../plans/derive-version/derive-version';
import type { MeasureContent } from '../plans/measure';
import { evolvePlan, measureContentOf, type Plan } from '../plans/plan';
import type { PlanDrafted, PlanMeasure } from '../plans/plan.events';
import { idOf, OFFICER, planOf } from '../plans/plan.fixture';

/** The plan of the outcome report's fixture: a few INTEGRA recommendations as Osijek might adopt them. */
export const CONSULTATION = idOf(900);
export const PLAN = idOf(901);
export const [SHARING, INFORMATION, SAFETY] = [idOf(10), idOf(20), idOf(30)] as const;
export const [PLATFORM, ONE_STOP, LANGUAGES, FIREWALL, HATE_CRIME, INTERPRETERS] = [
  idOf(11),
  idOf(12),
  idOf(21),
  idOf(31),
  idOf(32),
  idOf(22),
] as const;
export const [A_ONE_STOP, A_INTERPRETERS, A_HATE_CRIME, A_WITHDRAWN] = [
  idOf(101),
  idOf(102),
  idOf(103),
  idOf(104),
] as const;

const measure = (measureId: string, number: string, title: string, text: string): PlanMeasure => ({
  measureId,
  number,
  title,
  text,
  department: 'Department for Social Affairs',
  budget: null,
  targetGroups: ['third-country nationals'],
  indicators: [],
});

export const drafted: PlanDrafted = {
  kind: 'action-plan',
  title: 'Osijek integration agenda',
  language: 'en',
  summary: null,
  sections: [
    {
      sectionId: SHARING,
      heading: 'Knowledge and experience sharing',
      introduction: null,
      measures: [
        measure(PLATFORM, '1', 'Shared resources', 'Share resources and practices with other cities.'),
        measure(ONE_STOP, '2', 'One-stop shop', 'Set up a one-stop shop for third-country nationals.'),
      ],
    },
    {
      sectionId: INFORMATION,
      heading: 'Public information and communication',
      introduction: null,
      measures: [
        measure(
          LANGUAGES,
          '3',
          'Information in many languages',
          'Publish city information in migrants’ languages.',
        ),
      ],
    },
    {
      sectionId: SAFETY,
      heading: 'Security and safety of migrants',
      introduction: null,
      measures: [
        measure(FIREWALL, '4', 'Firewall', 'No city service reports residents to immigration enforcement.'),
        measure(HATE_CRIME, '5', 'Hate crime', 'Train staff to record hate crimes.'),
      ],
    },
  ],
  source: 'markdown',
  draftedBy: OFFICER,
};

export const oneStopAfter: MeasureContent = {
  ...measureContentOf(drafted.sections[0]!.measures[1]!),
  text: 'Set up a one-stop shop for third-country nationals and asylum seekers.',
  budget: { amount: '4500000', currency: 'EUR' },
  targetGroups: ['third-country nationals', 'asylum seekers'],
};
export const interpreters: MeasureContent = {
  title: 'Interpreters at city counters',
  text: 'Offer interpreters in Arabic and Farsi at city counters.',
  department: 'City Office for General Administration',
  budget: null,
  targetGroups: ['newcomers'],
  indicators: ['interpreted visits per month'],
};

/** Version 1 as consulted on, and version 2 as the outcome derived it. */
export const plan: Plan = (() => {
  const published = planOf(
    { type: 'PlanDrafted', data: drafted },
    { type: 'PlanVersionPublished', data: { version: 1, publishedBy: OFFICER } },
  );
  const derived = deriveVersion(published, {
    fromVersion: 1,
    consultationId: CONSULTATION,
    amendments: [
      { amendmentId: A_ONE_STOP, kind: 'change', measureId: ONE_STOP, content: oneStopAfter },
      {
        amendmentId: A_INTERPRETERS,
        kind: 'add',
        measureId: INTERPRETERS,
        sectionId: INFORMATION,
        content: interpreters,
      },
      { amendmentId: A_HATE_CRIME, kind: 'remove', measureId: HATE_CRIME },
    ],
    derivedBy: OFFICER,
  });
  return derived.reduce(evolvePlan, published);
})();
