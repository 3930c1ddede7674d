/**
 * The consultations API's answers as these pages read them: only the fields the pages show, typed
 * here because the gateway talks to the context through its HTTP API, never through its code.
 */
import type { CommentTarget, ConsultationSummary, ListedComment, Measure } from '../consultations-api.views';
import type { LocalizedText, ShownText } from '../kit/localized-text';

export interface ConsultationDetail extends ConsultationSummary {
  readonly explanation: LocalizedText;
  readonly nextPlanVersion: number | null;
  readonly outcomePublishedAt: string | null;
}

export interface Response {
  readonly status: string;
  readonly reason: LocalizedText | null;
  readonly respondingUnit: string;
  readonly noAmendmentNeededBecause: LocalizedText | null;
}

export interface PublicComment extends ListedComment {
  readonly contributor?: {
    readonly type: string;
    readonly publishedAs: string;
    readonly organisationName?: string;
  };
  readonly response?: Response | null;
  /** Listed only to officers of consultations, who see withdrawn comments too. */
  readonly withdrawn?: boolean;
}

export interface OwnComment {
  readonly commentId: string;
  readonly consultationId: string;
  readonly target: CommentTarget;
  readonly text: string;
  readonly language: string;
  readonly publishedAs: string;
  readonly receivedAt: string;
  readonly withdrawn: boolean;
  readonly hidden: { readonly reason: LocalizedText } | null;
  readonly outcomePublished: boolean;
  readonly response?: Response | null;
}

export interface Notice {
  readonly commentId: string;
  readonly amendments: readonly { readonly kind: string; readonly measureNumber: string }[];
}

export interface ReportedComment {
  readonly number: number;
  readonly commentId: string;
  readonly receivedAt: string;
  readonly target: {
    readonly kind: string;
    readonly section: { readonly heading: string } | null;
    readonly measure: { readonly number: string; readonly title: string } | null;
    readonly passage: { readonly quote: string } | null;
  };
  readonly contributorType: string;
  readonly organisationName: string | null;
  readonly channel: string;
  readonly language: string;
  readonly text: string;
  readonly duplicateOf: { readonly number: number | null } | null;
  readonly status: string;
  readonly reason: ShownText | null;
  readonly noAmendmentNeededBecause: ShownText | null;
  readonly respondingUnit: string | null;
  readonly amendments: readonly { readonly kind: string; readonly measureNumber: string }[];
}

export interface OutcomeReport {
  readonly language: string;
  readonly consultation: {
    readonly consultationId: string;
    readonly title: ShownText;
    readonly opensAt: string;
    readonly closesAt: string;
    readonly publishedAt: string;
  };
  readonly plan: {
    readonly planId: string;
    readonly title: ShownText;
    readonly consultedVersion: number;
    readonly nextVersion: number;
  };
  readonly checkpoint: { readonly position: string; readonly rootHash: string; readonly signedAt: string };
  readonly statistics: {
    readonly submitted: number;
    readonly withdrawn: number;
    readonly hidden: number;
    readonly listed: number;
    readonly byStatus: Readonly<Record<string, number>>;
  };
  readonly comments: readonly ReportedComment[];
  readonly changedMeasures: readonly {
    readonly measureId: string;
    readonly number: string;
    readonly title: string;
    readonly kind: string;
    readonly comments: readonly { readonly number: number | null }[];
  }[];
  readonly hiddenComments: readonly {
    readonly number: number;
    readonly receivedAt: string;
    readonly reason: ShownText;
  }[];
}

export type MeasureField = 'title' | 'text' | 'department' | 'budget' | 'targetGroups' | 'indicators';

export interface MeasureDifference {
  readonly measureId: string;
  readonly number: string;
  readonly section: { readonly heading: string };
  readonly kind: 'added' | 'removed' | 'changed';
  readonly after?: Omit<Measure, 'measureId' | 'number'>;
  readonly before?: Omit<Measure, 'measureId' | 'number'>;
  readonly fields?: readonly {
    readonly field: MeasureField;
    readonly before: Measure[MeasureField];
    readonly after: Measure[MeasureField];
  }[];
  readonly amendments: readonly {
    readonly amendmentId: string;
    readonly kind: string;
    readonly consultationId: string;
    readonly version: number;
  }[];
  readonly commentIds: readonly string[];
}

export interface PlanDiff {
  readonly planId: string;
  readonly from: number;
  readonly to: number;
  readonly differences: readonly MeasureDifference[];
}
