import { LANGUAGE_TAG, s, type Infer } from '@commonplan/kernel';
import { measureContent } from '../plans/measure';
import { measureNumber, planElementId } from './consulted-version';
import { localizedText } from './localized-text';

/** A public consultation on one version of a plan, with the amendments it leads to and its outcome. */
export const CONSULTATION_STREAM = 'consultation';

export const WHO_MAY_COMMENT = [
  'anyone',
  'self-declared-residents',
  'verified-residents',
  'organisations',
] as const;
export type WhoMayComment = (typeof WHO_MAY_COMMENT)[number];

const languageTag = s.string({ min: 2, max: 20, pattern: LANGUAGE_TAG, patternName: 'language-tag' });

export const consultationOpened = s.object({
  planId: s.uuid(),
  planVersion: s.integer({ min: 1 }),
  title: localizedText,
  /** What is being consulted on and how the input will be used: residents are owed both up front. */
  explanation: localizedText,
  opensAt: s.isoDate(),
  closesAt: s.isoDate(),
  /** The languages the consultation is offered in; comments are welcome in any language. */
  languages: s.array(languageTag, { min: 1, max: 30 }),
  whoMayComment: s.oneOf(...WHO_MAY_COMMENT),
  openedBy: s.uuid(),
});

/** Recorded at the announced closing time, which is when the period ended whenever the scheduler ran. */
export const consultationClosed = s.object({ closedAt: s.isoDate() });

export const AMENDMENT_KINDS = ['add', 'change', 'remove'] as const;

/**
 * A change to the consulted version. Every amendment says where it came from: the comments that
 * motivated it, or, for a change from elsewhere (a new law, a budget decision), why it is made.
 */
export const amendmentProposed = s.object({
  amendmentId: s.uuid(),
  kind: s.oneOf(...AMENDMENT_KINDS),
  /** For `add`, the new measure's id. */
  measureId: planElementId,
  /** The section an added measure goes into, and its number there; both null for change and remove. */
  sectionId: s.nullable(planElementId),
  number: s.nullable(measureNumber),
  /** The measure as it will read; null for remove. */
  content: s.nullable(measureContent),
  origin: s.oneOf('comments', 'elsewhere'),
  motivatedBy: s.array(s.uuid(), { max: 10_000 }),
  /** Why a change that no comment asked for is made; null when comments motivated it. */
  originExplanation: s.nullable(localizedText),
  proposedBy: s.uuid(),
});

export const amendmentWithdrawn = s.object({ amendmentId: s.uuid(), withdrawnBy: s.uuid() });

const sha256 = s.string({ min: 64, max: 64, pattern: /^[0-9a-f]{64}$/, patternName: 'sha256-hex' });

/** The notary's signed statement about the log the outcome was computed from (ARCHITECTURE §7). */
export const checkpoint = s.object({
  position: s.string({ min: 1, max: 100 }),
  treeSize: s.integer({ min: 1 }),
  rootHash: sha256,
  signedAt: s.isoDate(),
  keyId: s.string({ min: 1, max: 200 }),
  signature: s.string({ min: 1, max: 400 }),
});

export const outcomePublished = s.object({
  /** The plan version the accepted amendments make; the plan's stream records it from this event. */
  nextPlanVersion: s.integer({ min: 2 }),
  /** Comments the officer chose to publish without an answer, listed so the report shows them. */
  unansweredCommentIds: s.array(s.uuid(), { max: 100_000 }),
  checkpoint,
  publishedBy: s.uuid(),
  publishedAt: s.isoDate(),
});

export type ConsultationOpened = Infer<typeof consultationOpened>;
export type ConsultationClosed = Infer<typeof consultationClosed>;
export type AmendmentProposed = Infer<typeof amendmentProposed>;
export type AmendmentWithdrawn = Infer<typeof amendmentWithdrawn>;
export type Checkpoint = Infer<typeof checkpoint>;
export type OutcomePublished = Infer<typeof outcomePublished>;

export type ConsultationEvent =
  | { readonly type: 'ConsultationOpened'; readonly data: ConsultationOpened }
  | { readonly type: 'ConsultationClosed'; readonly data: ConsultationClosed }
  | { readonly type: 'AmendmentProposed'; readonly data: AmendmentProposed }
  | { readonly type: 'AmendmentWithdrawn'; readonly data: AmendmentWithdrawn }
  | { readonly type: 'OutcomePublished'; readonly data: OutcomePublished };

export const consultationEvents = {
  streamType: CONSULTATION_STREAM,
  events: [
    { type: 'ConsultationOpened', version: 1, schema: consultationOpened },
    { type: 'ConsultationClosed', version: 1, schema: consultationClosed },
    { type: 'AmendmentProposed', version: 1, schema: amendmentProposed },
    { type: 'AmendmentWithdrawn', version: 1, schema: amendmentWithdrawn },
    { type: 'OutcomePublished', version: 1, schema: outcomePublished },
  ],
} as const;
