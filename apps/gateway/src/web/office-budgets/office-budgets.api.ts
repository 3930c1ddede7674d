import type { LocalizedText } from '../office/office-fields';

/** The budgeting API's answers as the office pages read them: the gateway knows it only by HTTP. */

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

export interface BallotRules {
  readonly kind: BallotKind;
  readonly maxChoices?: number;
  readonly minChoices?: number;
  readonly minSpendShare?: number;
  readonly points?: number;
}

export interface TallyRule {
  readonly rule: TallyRuleName;
  readonly threshold?: number;
}

export interface CycleView {
  readonly cycleId: string;
  readonly title: LocalizedText | null;
  readonly phase: Phase;
  readonly budget: { readonly amount: string; readonly currency: string };
  readonly districts: readonly { readonly name: string; readonly budget: string }[];
  readonly withSupports: boolean;
  readonly ballotRules: BallotRules;
  readonly eligibility: {
    readonly verificationLevel: string;
    readonly minimumAge?: number;
    readonly districts?: readonly string[];
  };
  readonly tallyRule: TallyRule;
}

export interface CycleSummary {
  readonly cycleId: string;
  readonly title: LocalizedText;
  readonly phase: Phase;
  readonly budget: { readonly amount: string; readonly currency: string };
  readonly openedAt: string;
}

export interface ProjectView {
  readonly projectId: string;
  readonly title: LocalizedText;
  readonly category: string;
  readonly district: string | null;
  readonly costEstimate: string;
  readonly cost: string;
  readonly feasibility: 'pending' | 'feasible' | 'not-feasible';
  readonly infeasibilityReason: LocalizedText | null;
  readonly mergedInto: string | null;
}

export interface ResultProject {
  readonly projectId: string;
  readonly cost: string;
  readonly votes: number;
  readonly score: number;
  readonly selectedByTally: boolean;
  readonly funded: boolean;
  readonly override: { readonly decision: 'fund' | 'unfund'; readonly reason: LocalizedText } | null;
}

export interface ResultsView {
  readonly published: boolean;
  readonly currency: string;
  readonly tallyRule: TallyRule;
  readonly ballots: { readonly counted: number };
  readonly parts: readonly {
    readonly district: string | null;
    readonly budget: string;
    readonly ballots: number;
    readonly totalCostFunded: string;
    readonly projects: readonly ResultProject[];
  }[];
}

/** A project a ballot may name: assessed feasible and not merged into another. */
export const onOffer = (project: ProjectView): boolean =>
  project.feasibility === 'feasible' && project.mergedInto === null;
