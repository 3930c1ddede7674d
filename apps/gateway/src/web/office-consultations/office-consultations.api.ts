/**
 * The consultations API's answers as the officers' pages read them: only the fields shown, typed here
 * because the gateway knows the context through its HTTP API, never through its code.
 */
import type { ConsultationSummary, ListedComment } from '../consultations-api.views';
import type { LocalizedText } from '../kit/localized-text';

export interface ListedPlan {
  readonly planId: string;
  readonly kind: string;
  readonly title: string;
  readonly language: string;
  readonly latestVersion: number | null;
  readonly hasDraft: boolean;
}

export interface PlanSummary {
  readonly planId: string;
  readonly title: string;
  readonly status: 'draft' | 'published';
  readonly latestVersion: number | null;
  readonly sections: number;
  readonly measures: number;
}

export interface Consultation extends ConsultationSummary {
  readonly plan: { readonly title: string | null };
  readonly outcomePublishedAt: string | null;
  readonly counts: {
    readonly comments: number;
    readonly withdrawn: number;
    readonly hidden: number;
    readonly amendments: number;
  };
}

export interface DraftedResponse {
  readonly status: string;
  readonly reason: LocalizedText | null;
  readonly respondingUnit: string;
  readonly amendmentIds: readonly string[];
  readonly noAmendmentNeededBecause: LocalizedText | null;
  readonly bulkGroupId: string | null;
}

/** A comment as an officer of consultations lists it: drafts and withdrawn ones included. */
export interface OfficerComment extends ListedComment {
  readonly channel?: string;
  readonly contributor?: { readonly type: string; readonly organisationName?: string };
  readonly duplicateOf?: string | null;
  readonly withdrawn?: true;
  readonly draftResponse?: DraftedResponse | null;
  readonly response?: DraftedResponse | null;
}

export interface Amendment {
  readonly amendmentId: string;
  readonly kind: string;
  readonly measureId: string;
  readonly content: { readonly title: string; readonly text: string } | null;
  readonly motivatedBy: readonly string[];
  readonly withdrawn: boolean;
}

export const RESPONSE_STATUSES = ['accepted', 'partially-accepted', 'not-accepted', 'noted'] as const;
export const WHO_MAY_COMMENT = [
  'anyone',
  'self-declared-residents',
  'verified-residents',
  'organisations',
] as const;
export const OFFLINE_CHANNELS = ['email', 'paper', 'meeting'] as const;
export const PLAN_KINDS = ['strategy', 'action-plan'] as const;
