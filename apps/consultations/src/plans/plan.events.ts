import { s, type Infer } from '@commonplan/kernel';
import { measureContent, measureFields, planLanguage } from './measure';

export const PLAN_STREAM = 'plan';

export const PLAN_KINDS = ['strategy', 'action-plan'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/**
 * How a measure is referred to in print ("measure 12", "2.4"). Unique within a plan across all its
 * versions, so a number never names two different measures over the plan's life.
 */
export const measureNumber = s.string({ min: 1, max: 20 });

/** A measure as it stands in one version: its id is stable across versions, so diffs can follow it. */
export const planMeasure = s.object({ measureId: s.uuid(), number: measureNumber, ...measureFields });

/**
 * Sections are flat: a nested heading is kept as its path ("Parent › Child"). The introduction is the
 * prose under the heading before its first measure; only measures are amended, never introductions.
 */
export const sectionHeading = s.string({ min: 1, max: 500 });
/** A plan's summary or a section's introduction. */
export const planProse = s.string({ min: 1, max: 20_000 });
export const planTitle = s.string({ min: 1, max: 300 });

export const planSection = s.object({
  sectionId: s.uuid(),
  heading: sectionHeading,
  introduction: s.nullable(planProse),
  measures: s.array(planMeasure, { max: 500 }),
});

const planFields = {
  kind: s.oneOf(...PLAN_KINDS),
  title: planTitle,
  language: planLanguage,
  summary: s.nullable(planProse),
  sections: s.array(planSection, { max: 200 }),
  source: s.oneOf('markdown', 'form'),
};

export const planDrafted = s.object({ ...planFields, draftedBy: s.uuid() });

/** The whole content again, replacing the draft: a draft is rewritten freely until it is published. */
export const planDraftRevised = s.object({ ...planFields, revisedBy: s.uuid() });

/** The draft frozen as version 1, the one first put to consultation; no version changes after this. */
export const planVersionPublished = s.object({
  version: s.integer({ min: 1, max: 1 }),
  publishedBy: s.uuid(),
});

/**
 * One change a consultation made to a measure. `measureId` is the new measure's id for an `add`;
 * `sectionId` and `number` are set only for an `add`, `content` for an `add` or a `change`.
 */
export const derivedAmendment = s.object({
  amendmentId: s.uuid(),
  kind: s.oneOf('add', 'change', 'remove'),
  measureId: s.uuid(),
  sectionId: s.nullable(s.uuid()),
  number: s.nullable(measureNumber),
  content: s.nullable(measureContent),
});

/** Version `fromVersion + 1`, made from `fromVersion` by the amendments a consultation's outcome adopted. */
export const planVersionDerived = s.object({
  version: s.integer({ min: 2 }),
  fromVersion: s.integer({ min: 1 }),
  consultationId: s.uuid(),
  amendments: s.array(derivedAmendment, { max: 5000 }),
  derivedBy: s.uuid(),
});

export type PlanMeasure = Infer<typeof planMeasure>;
export type PlanSection = Infer<typeof planSection>;
export type PlanDrafted = Infer<typeof planDrafted>;
export type PlanDraftRevised = Infer<typeof planDraftRevised>;
export type PlanVersionPublished = Infer<typeof planVersionPublished>;
export type DerivedAmendment = Infer<typeof derivedAmendment>;
export type PlanVersionDerived = Infer<typeof planVersionDerived>;

export type PlanEvent =
  | { readonly type: 'PlanDrafted'; readonly data: PlanDrafted }
  | { readonly type: 'PlanDraftRevised'; readonly data: PlanDraftRevised }
  | { readonly type: 'PlanVersionPublished'; readonly data: PlanVersionPublished }
  | { readonly type: 'PlanVersionDerived'; readonly data: PlanVersionDerived };

export const planEvents = {
  streamType: PLAN_STREAM,
  events: [
    { type: 'PlanDrafted', version: 1, schema: planDrafted },
    { type: 'PlanDraftRevised', version: 1, schema: planDraftRevised },
    { type: 'PlanVersionPublished', version: 1, schema: planVersionPublished },
    { type: 'PlanVersionDerived', version: 1, schema: planVersionDerived },
  ],
} as const;
