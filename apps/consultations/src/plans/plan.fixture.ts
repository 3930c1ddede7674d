import { fold } from '@commonplan/kernel';
import { evolvePlan, initialPlan, type Plan } from './plan';
import type { PlanDrafted, PlanEvent, PlanMeasure } from './plan.events';

/** Events and states for unit tests of the deciders that act on plans. */
export const OFFICER = '3f2e1d0c-b9a8-4765-8432-10fedcba9876';
export const CONSULTATION = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';

/** The nth id of a test, readable in failures: …-000000000007. */
export const idOf = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** Mints idOf(start), idOf(start + 1), … as a handler's id source would, but predictably. */
export const mintFrom = (start: number): (() => string) => {
  let next = start;
  return () => idOf(next++);
};

export const LANGUAGE = idOf(1);
export const WORK = idOf(2);
export const CAFES = idOf(11);
export const CLASSES = idOf(12);
export const JOBS = idOf(13);

export const measure = (measureId: string, number: string, title: string): PlanMeasure => ({
  measureId,
  number,
  title,
  text: `${title}, in every district.`,
  department: 'Department for Social Affairs',
  budget: { amount: '1200000', currency: 'EUR' },
  targetGroups: ['newcomers'],
  indicators: [],
});

export const drafted: PlanDrafted = {
  kind: 'action-plan',
  title: 'Osijek welcomes',
  language: 'hr',
  summary: null,
  sections: [
    {
      sectionId: LANGUAGE,
      heading: 'Language',
      introduction: null,
      measures: [measure(CAFES, '1', 'Language cafés'), measure(CLASSES, '2', 'Evening classes')],
    },
    { sectionId: WORK, heading: 'Work', introduction: null, measures: [measure(JOBS, '3', 'Job fairs')] },
  ],
  source: 'form',
  draftedBy: OFFICER,
};

export const draftedEvent: PlanEvent = { type: 'PlanDrafted', data: drafted };
export const publishedEvent: PlanEvent = {
  type: 'PlanVersionPublished',
  data: { version: 1, publishedBy: OFFICER },
};

export const planOf = (...events: PlanEvent[]): Plan => fold(evolvePlan, initialPlan(), events);

/** The fixture's plan with version 1 published, and `events` after that. */
export const publishedPlanOf = (...events: PlanEvent[]): Plan =>
  planOf(draftedEvent, publishedEvent, ...events);
