import type { LocalizedText } from './kit/localized-text';

/**
 * The budgeting API's answers that residents' and officers' pages read (apps/budgeting, its
 * controllers): only the fields shown, typed here because the gateway knows the context through its
 * HTTP API, never its code. Money is in whole minor units, written as digits.
 */

export const PHASES = [
  'proposals',
  'supports',
  'feasibility',
  'voting',
  'tally',
  'results',
  'implementation',
] as const;
export type Phase = (typeof PHASES)[number];

export const BALLOT_KINDS = ['approval', 'knapsack', 'ranked', 'cumulative'] as const;
export type BallotKind = (typeof BALLOT_KINDS)[number];

export const TALLY_RULES = ['greedy', 'greedy-threshold', 'mes'] as const;
export type TallyRuleName = (typeof TALLY_RULES)[number];

export const IMPLEMENTATION_STATUSES = [
  'planned',
  'in-progress',
  'delayed',
  'completed',
  'cancelled',
] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

export interface Money {
  readonly amount: string;
  readonly currency: string;
}

export interface District {
  readonly name: string;
  readonly budget: string;
}

export interface PhaseDates {
  readonly phase: Phase;
  readonly startsOn: string;
  readonly endsOn: string;
}

export type BallotRules =
  | { readonly kind: 'approval'; readonly maxChoices: number; readonly minChoices: number }
  | { readonly kind: 'knapsack'; readonly minSpendShare: number }
  | { readonly kind: 'ranked'; readonly maxChoices: number }
  | { readonly kind: 'cumulative'; readonly points: number };

/** Every bound a kind of ballot may set, for a form or a summary that shows them side by side. */
export type BallotBounds = Partial<
  Readonly<Record<'maxChoices' | 'minChoices' | 'minSpendShare' | 'points', number>>
>;

export interface TallyRule {
  readonly rule: TallyRuleName;
  readonly threshold?: number;
}

export interface CycleSummary {
  readonly cycleId: string;
  readonly title: LocalizedText;
  readonly phase: Phase;
  readonly budget: Money;
  readonly districts: readonly District[];
  readonly ballotKind: BallotKind;
  readonly schedule: readonly PhaseDates[];
  readonly openedAt: string;
}

export interface CycleView {
  readonly cycleId: string;
  readonly title: LocalizedText | null;
  readonly phase: Phase;
  readonly schedule: readonly PhaseDates[];
  readonly budget: Money;
  readonly districts: readonly District[];
  readonly withSupports: boolean;
  readonly ballotRules: BallotRules;
  readonly eligibility: {
    readonly verificationLevel: string;
    readonly minimumAge?: number;
    readonly districts?: readonly string[];
  };
  readonly tallyRule: TallyRule;
}

export interface ProjectView {
  readonly projectId: string;
  readonly cycleId: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly category: string;
  readonly district: string | null;
  readonly costEstimate: string;
  readonly cost: string;
  readonly feasibility: 'pending' | 'feasible' | 'not-feasible';
  readonly infeasibilityReason: LocalizedText | null;
  readonly mergedInto: string | null;
  readonly supports: number;
}

/** A project a ballot may name: assessed feasible and not merged into another. */
export const onOffer = (project: ProjectView): boolean =>
  project.feasibility === 'feasible' && project.mergedInto === null;

/** What a ballot carries: project ids in the voter's order, or points per project. */
export type BallotChoices =
  | { readonly kind: 'approval' | 'knapsack' | 'ranked'; readonly projects: readonly string[] }
  | { readonly kind: 'cumulative'; readonly points: Readonly<Record<string, number>> };

export interface BallotReceipt {
  readonly cycleId: string;
  readonly receipt: string;
  readonly version: number;
  readonly castAt: string;
  readonly ballot: {
    readonly kind: BallotKind;
    readonly projects: readonly string[];
    readonly points: readonly number[] | null;
  };
}

/** An exact share of minor units, with the whole minor units below it for people to read. */
export interface Share {
  readonly minorUnits: string;
}

export interface ResultProject {
  readonly projectId: string;
  readonly cost: string;
  readonly votes: number;
  readonly score: number;
  readonly selectedByTally: boolean;
  readonly funded: boolean;
  readonly override: { readonly decision: 'fund' | 'unfund'; readonly reason: LocalizedText } | null;
  readonly supporterShares: {
    readonly share: Share;
    readonly fullShares: number;
    readonly partialShares: number;
    readonly paidByPartial: Share;
  } | null;
}

export interface ResultPart {
  readonly district: string | null;
  readonly budget: string;
  readonly ballots: number;
  readonly totalCostFunded: string;
  readonly voterBudget: Share | null;
  readonly projects: readonly ResultProject[];
}

export interface ResultsView {
  readonly cycleId: string;
  readonly published: boolean;
  readonly currency: string;
  readonly tallyRule: TallyRule;
  readonly tieBreak: string;
  readonly ballots: { readonly counted: number; readonly receiptsDigest: string };
  readonly checkpoint: {
    readonly position: string;
    readonly treeSize: number;
    readonly rootHash: string;
    readonly signedAt: string;
    readonly keyId: string;
  };
  readonly parts: readonly ResultPart[];
  readonly overrides: readonly {
    readonly projectId: string;
    readonly district: string | null;
    readonly decision: 'fund' | 'unfund';
    readonly reason: LocalizedText;
  }[];
}

export interface CountedBallotsView {
  readonly counted: number;
  readonly receiptsDigest: string;
  readonly ballots: readonly {
    readonly receipt: string;
    readonly district: string | null;
    readonly projects: readonly string[];
  }[];
}

export interface Milestone {
  readonly title: LocalizedText;
  readonly plannedFor: string;
  readonly reachedOn: string | null;
}

export interface ImplementationView {
  readonly projectId: string;
  readonly cycleId: string;
  readonly funding: { readonly amount: string; readonly by: 'tally' | 'override'; readonly fundedAt: string };
  readonly current: {
    readonly status: ImplementationStatus;
    readonly progress: number;
    readonly milestones: readonly Milestone[];
  };
  readonly history: readonly {
    readonly status: ImplementationStatus;
    readonly progress: number;
    readonly milestones: readonly Milestone[];
    readonly photos: readonly {
      readonly url: string;
      readonly caption: LocalizedText | null;
      readonly alt: LocalizedText;
    }[];
    readonly note: LocalizedText;
    readonly updatedAt: string;
  }[];
}

export interface NotificationView {
  readonly notificationId: string;
  readonly kind: 'implementation-update' | 'feasibility-assessed';
  readonly projectId: string;
  readonly projectTitle: LocalizedText;
  readonly status: string;
  readonly progress: number | null;
  readonly note: LocalizedText;
  readonly updatedAt: string;
}
