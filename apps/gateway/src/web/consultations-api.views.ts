import type { LocalizedText } from './kit/localized-text';

/**
 * The consultations API's answers that residents' and officers' pages both read: only the fields
 * shown, typed here because the gateway knows the context through its HTTP API, never its code.
 */

export type ConsultationStatus = 'upcoming' | 'open' | 'closed' | 'outcome-published';

export interface ConsultationSummary {
  readonly consultationId: string;
  readonly planId: string;
  readonly planVersion: number;
  readonly title: LocalizedText;
  readonly opensAt: string;
  readonly closesAt: string;
  readonly languages: readonly string[];
  readonly whoMayComment: string;
  readonly status: ConsultationStatus;
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

export interface PlanSection {
  readonly sectionId: string;
  readonly heading: string;
  readonly introduction: string | null;
  readonly measures: readonly Measure[];
}

export interface PlanVersion {
  readonly planId: string;
  readonly version: number;
  readonly title: string;
  readonly language: string;
  readonly summary: string | null;
  readonly sections: readonly PlanSection[];
}

/** Who may say who they comment as; the form offers these, in this order. */
export const CONTRIBUTOR_TYPES = [
  'individual',
  'ngo',
  'public-institution',
  'migrant-organisation',
  'business',
  'other',
] as const;

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

/** A comment as the API lists it to residents and officers alike; a hidden one keeps why it was hidden. */
export interface ListedComment {
  readonly commentId: string;
  readonly receivedAt: string;
  readonly hidden?: { readonly reason: LocalizedText };
  readonly target?: CommentTarget;
  readonly text?: string;
  readonly language?: string;
}
