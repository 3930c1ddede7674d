/**
 * The consultations API's answers as the officers' pages read them: only the fields shown, typed here
 * because the gateway knows the context through its HTTP API, never through its code.
 */

export interface LocalizedText {
  readonly original: string;
  readonly texts: Readonly<Record<string, string>>;
}

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

export interface Measure {
  readonly measureId: string;
  readonly number: string;
  readonly title: string;
  readonly text: string;
  readonly department: string | null;
  readonly budget: { readonly amount: string; readonly currency: string } | null;
  readonly targetGroups: readonly string[];
  readonly indicators: readonly string[];
}

export interface PlanVersion {
  readonly planId: string;
  readonly version: number;
  readonly title: string;
  readonly language: string;
  readonly sections: readonly {
    readonly sectionId: string;
    readonly heading: string;
    readonly measures: readonly Measure[];
  }[];
}

export type ConsultationStatus = 'upcoming' | 'open' | 'closed' | 'outcome-published';

export interface ConsultationSummary {
  readonly consultationId: string;
  readonly planId: string;
  readonly planVersion: number;
  readonly title: LocalizedText;
  readonly opensAt: string;
  readonly closesAt: string;
  readonly languages: readonly string[];
  readonly status: ConsultationStatus;
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

export type CommentTarget =
  | { readonly kind: 'plan' }
  | { readonly kind: 'section'; readonly sectionId: string }
  | { readonly kind: 'measure'; readonly measureId: string }
  | { readonly kind: 'passage'; readonly measureId: string; readonly quote: string };

export interface DraftedResponse {
  readonly status: string;
  readonly reason: LocalizedText | null;
  readonly respondingUnit: string;
  readonly amendmentIds: readonly string[];
  readonly noAmendmentNeededBecause: LocalizedText | null;
  readonly bulkGroupId: string | null;
}

/** A comment as an officer of consultations lists it: drafts and withdrawn ones included. */
export interface OfficerComment {
  readonly commentId: string;
  readonly receivedAt: string;
  readonly hidden?: { readonly reason: LocalizedText };
  readonly target?: CommentTarget;
  readonly text?: string;
  readonly language?: string;
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
export const CONTRIBUTOR_TYPES = [
  'individual',
  'ngo',
  'public-institution',
  'migrant-organisation',
  'business',
  'other',
] as const;
export const OFFLINE_CHANNELS = ['email', 'paper', 'meeting'] as const;
export const PLAN_KINDS = ['strategy', 'action-plan'] as const;
