import { LANGUAGE_TAG, s, type Infer } from '@commonplan/kernel';
import { planElementId } from '../consultations/consulted-version';
import { localizedText } from '../consultations/localized-text';

/**
 * One comment on a consultation, its moderation and the response drafted to it. Events name the
 * contributor only by a pseudonymous id: names, e-mail addresses and phone numbers stay in the vault.
 */
export const COMMENT_STREAM = 'comment';

export const CONTRIBUTOR_TYPES = [
  'individual',
  'ngo',
  'public-institution',
  'migrant-organisation',
  'business',
  'other',
] as const;
export type ContributorType = (typeof CONTRIBUTOR_TYPES)[number];

export const CHANNELS = ['online', 'email', 'paper', 'meeting'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * What a comment is about. A passage is a range of UTF-16 code units in the measure's text of the
 * consulted version, as a browser's text selection reports it, with the quote kept so the report
 * reads on its own.
 */
export const commentTarget = s.object({
  kind: s.oneOf('plan', 'section', 'measure', 'passage'),
  sectionId: s.optional(planElementId),
  measureId: s.optional(planElementId),
  start: s.optional(s.integer({ min: 0 })),
  end: s.optional(s.integer({ min: 1 })),
  quote: s.optional(s.string({ min: 1, max: 20_000 })),
});
export type CommentTarget =
  | { readonly kind: 'plan' }
  | { readonly kind: 'section'; readonly sectionId: string }
  | { readonly kind: 'measure'; readonly measureId: string }
  | {
      readonly kind: 'passage';
      readonly measureId: string;
      readonly start: number;
      readonly end: number;
      readonly quote: string;
    };

export const commentSubmitted = s.object({
  consultationId: s.uuid(),
  planVersion: s.integer({ min: 1 }),
  target: commentTarget,
  text: s.string({ min: 1, max: 20_000 }),
  /** The language the contributor wrote in: translations are marked as such, never as the original. */
  language: s.string({ min: 2, max: 20, pattern: LANGUAGE_TAG, patternName: 'language-tag' }),
  contributorType: s.oneOf(...CONTRIBUTOR_TYPES),
  /** Organisations comment under their name; an individual's name is never in the log. */
  organisationName: s.nullable(s.string({ min: 1, max: 300 })),
  publishedAs: s.oneOf('anonymous', 'named'),
  channel: s.oneOf(...CHANNELS),
  /** Null for a contributor who wrote on paper, by e-mail or at a meeting without an account. */
  contributorId: s.nullable(s.uuid()),
  /** The officer who entered an offline comment; null online. */
  enteredBy: s.nullable(s.uuid()),
  /** When the city received it: a letter posted in time counts even if entered after closing. */
  receivedAt: s.isoDate(),
});

export const commentWithdrawn = s.object({ withdrawnBy: s.uuid() });

/** Hidden, never deleted: the outcome counts hidden comments and gives each one's public reason. */
export const commentHidden = s.object({ reason: localizedText, hiddenBy: s.uuid() });

export const commentMarkedDuplicate = s.object({ duplicateOf: s.uuid(), markedBy: s.uuid() });

export const RESPONSE_STATUSES = ['accepted', 'partially-accepted', 'not-accepted', 'noted'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** A draft until the outcome is published; a later draft replaces it. */
export const responseDrafted = s.object({
  status: s.oneOf(...RESPONSE_STATUSES),
  /** Mandatory unless accepted: a comment turned down is owed the reason. */
  reason: s.nullable(localizedText),
  respondingUnit: s.string({ min: 1, max: 200 }),
  amendmentIds: s.array(s.uuid(), { max: 500 }),
  /** Why an accepted comment changes nothing in the plan (e.g. it is already done elsewhere). */
  noAmendmentNeededBecause: s.nullable(localizedText),
  /** Set when one response answers a group of similar comments at once. */
  bulkGroupId: s.nullable(s.uuid()),
  draftedBy: s.uuid(),
});

export type CommentSubmitted = Omit<Infer<typeof commentSubmitted>, 'target'> & {
  readonly target: CommentTarget;
};
export type CommentHidden = Infer<typeof commentHidden>;
export type ResponseDrafted = Infer<typeof responseDrafted>;

export type CommentEvent =
  | { readonly type: 'CommentSubmitted'; readonly data: CommentSubmitted }
  | { readonly type: 'CommentWithdrawn'; readonly data: Infer<typeof commentWithdrawn> }
  | { readonly type: 'CommentHidden'; readonly data: CommentHidden }
  | { readonly type: 'CommentMarkedDuplicate'; readonly data: Infer<typeof commentMarkedDuplicate> }
  | { readonly type: 'ResponseDrafted'; readonly data: ResponseDrafted };

export const commentEvents = {
  streamType: COMMENT_STREAM,
  events: [
    { type: 'CommentSubmitted', version: 1, schema: commentSubmitted },
    { type: 'CommentWithdrawn', version: 1, schema: commentWithdrawn },
    { type: 'CommentHidden', version: 1, schema: commentHidden },
    { type: 'CommentMarkedDuplicate', version: 1, schema: commentMarkedDuplicate },
    { type: 'ResponseDrafted', version: 1, schema: responseDrafted },
  ],
} as const;
