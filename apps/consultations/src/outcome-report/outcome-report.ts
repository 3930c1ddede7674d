import {
  RESPONSE_STATUSES,
  type Channel,
  type CommentTarget,
  type ContributorType,
} from '../comments/comment.events';
import type { LocalizedText } from '../consultations/localized-text';
import type { MeasureField } from '../plan-diff/plan-diff';
import type { MeasureContent } from '../plans/measure';

/**
 * What the city publishes once a consultation's outcome is out (issue #5, item 6): every comment with
 * what became of it, every changed measure with what changed it, and the figures. It is plain data
 * built in a fixed field order, so the JSON of one outcome is the same byte for byte however often
 * it is built, and the CSV and HTML renderers read nothing else.
 */
export interface OutcomeReport {
  /** The reader's language: texts are shown in it where a translation exists. */
  readonly language: string;
  readonly consultation: ReportedConsultation;
  readonly plan: ReportedPlan;
  readonly checkpoint: ReportedCheckpoint;
  readonly statistics: ReportStatistics;
  readonly comments: readonly ReportedComment[];
  readonly changedMeasures: readonly ChangedMeasure[];
  readonly hiddenComments: readonly HiddenComment[];
  /** The comments the officer chose to publish without an answer, as the outcome lists them. */
  readonly unansweredComments: readonly CommentReference[];
}

/** A text as the reader gets it, never passing a translation off as the original or the reverse. */
export interface ShownText {
  readonly text: string;
  readonly language: string;
  readonly original: boolean;
}

export const REPORTED_STATUSES = [...RESPONSE_STATUSES, 'unanswered'] as const;
export type ReportedStatus = (typeof REPORTED_STATUSES)[number];

export interface ReportedConsultation {
  readonly consultationId: string;
  readonly title: ShownText;
  readonly opensAt: string;
  readonly closesAt: string;
  readonly publishedAt: string;
  readonly languages: readonly string[];
}

export interface ReportedPlan {
  readonly planId: string;
  readonly title: ShownText;
  readonly consultedVersion: number;
  readonly nextVersion: number;
}

/** The notary's checkpoint the outcome was computed at, so anyone can verify it (ARCHITECTURE §7). */
export interface ReportedCheckpoint {
  readonly position: string;
  readonly treeSize: number;
  readonly rootHash: string;
  readonly signedAt: string;
  readonly keyId: string;
  readonly signature: string;
}

/** A comment by its number in the report; withdrawn comments have none, as they are not published. */
export interface CommentReference {
  readonly commentId: string;
  readonly number: number | null;
}

export interface ReportedSection {
  readonly sectionId: string;
  readonly heading: string;
}

export interface ReportedTarget {
  readonly kind: CommentTarget['kind'];
  /** The section commented on, or the one holding the measure commented on. */
  readonly section: ReportedSection | null;
  readonly measure: { readonly measureId: string; readonly number: string; readonly title: string } | null;
  readonly passage: { readonly start: number; readonly end: number; readonly quote: string } | null;
}

/** An amendment as a reader refers to it: what it did to which measure. */
export interface AmendmentReference {
  readonly amendmentId: string;
  readonly kind: 'add' | 'change' | 'remove';
  readonly measureNumber: string;
  readonly measureTitle: string;
}

export interface ReportedComment {
  readonly number: number;
  readonly commentId: string;
  readonly receivedAt: string;
  readonly target: ReportedTarget;
  readonly contributorType: ContributorType;
  readonly publishedAs: 'named' | 'anonymous';
  /** Only for a comment published as named: an anonymous organisation stays anonymous. */
  readonly organisationName: string | null;
  readonly channel: Channel;
  readonly language: string;
  readonly text: string;
  readonly duplicateOf: CommentReference | null;
  /** A duplicate takes its original's response, so its status, reason and amendments are those. */
  readonly status: ReportedStatus;
  readonly reason: ShownText | null;
  readonly noAmendmentNeededBecause: ShownText | null;
  readonly respondingUnit: string | null;
  readonly amendments: readonly AmendmentReference[];
}

/** A hidden comment is counted and its public reason given; its text is not republished. */
export interface HiddenComment {
  readonly number: number;
  readonly commentId: string;
  readonly receivedAt: string;
  readonly contributorType: ContributorType;
  readonly channel: Channel;
  readonly reason: ShownText;
}

export type MeasureFieldValue = MeasureContent[MeasureField];

/** One field of a changed measure; `before` is null for an added measure, `after` for a removed one. */
export interface ReportedFieldChange {
  readonly field: MeasureField;
  readonly before: MeasureFieldValue | null;
  readonly after: MeasureFieldValue | null;
}

export interface ReportedAmendment {
  readonly amendmentId: string;
  readonly kind: 'add' | 'change' | 'remove';
  readonly origin: 'comments' | 'elsewhere';
  readonly originExplanation: ShownText | null;
}

export interface ChangedMeasure {
  readonly measureId: string;
  readonly number: string;
  readonly title: string;
  readonly section: ReportedSection;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly fields: readonly ReportedFieldChange[];
  readonly amendments: readonly ReportedAmendment[];
  /** The comments behind its amendments, in report order. */
  readonly comments: readonly CommentReference[];
}

export type StatusCounts = { readonly total: number } & Readonly<Record<ReportedStatus, number>>;

export interface ReportStatistics {
  /** Every comment received, withdrawn and hidden ones included. */
  readonly submitted: number;
  readonly withdrawn: number;
  readonly hidden: number;
  /** The comments listed with a status: neither withdrawn nor hidden. */
  readonly listed: number;
  readonly duplicates: number;
  readonly byStatus: StatusCounts;
  readonly byContributorType: Readonly<Record<ContributorType, StatusCounts>>;
  readonly byChannel: Readonly<Record<Channel, StatusCounts>>;
}

/**
 * `localized` in the reader's language where it has a translation (or is written in it), else in the
 * original, which is then marked as such by its language.
 */
export const shownIn = (language: string, localized: LocalizedText): ShownText =>
  Object.hasOwn(localized.texts, language)
    ? { text: localized.texts[language]!, language, original: language === localized.original }
    : { text: localized.texts[localized.original]!, language: localized.original, original: true };
