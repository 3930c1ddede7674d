/** The budgeting API's answers as these pages read them; the gateway knows the context only by its HTTP API. */

export interface LocalizedText {
  readonly original: string;
  readonly texts: Readonly<Record<string, string>>;
}

export type Phase =
  'proposals' | 'supports' | 'feasibility' | 'voting' | 'tally' | 'results' | 'implementation';

export type BallotKind = 'approval' | 'knapsack' | 'ranked' | 'cumulative';

export interface PhaseDates {
  readonly phase: Phase;
  readonly startsOn: string;
  readonly endsOn: string;
}

export interface Money {
  readonly amount: string;
  readonly currency: string;
}

export interface District {
  readonly name: string;
  readonly budget: string;
}

export type BallotRules =
  | { readonly kind: 'approval'; readonly maxChoices: number; readonly minChoices: number }
  | { readonly kind: 'knapsack'; readonly minSpendShare: number }
  | { readonly kind: 'ranked'; readonly maxChoices: number }
  | { readonly kind: 'cumulative'; readonly points: number };

export interface CycleSummary {
  readonly cycleId: string;
  readonly title: LocalizedText;
  readonly phase: Phase;
  readonly budget: Money;
  readonly districts: readonly District[];
  readonly ballotKind: BallotKind;
  readonly schedule: readonly PhaseDates[];
}

export interface CycleView {
  readonly cycleId: string;
  readonly title: LocalizedText | null;
  readonly phase: Phase;
  readonly schedule: readonly PhaseDates[];
  readonly budget: Money;
  readonly districts: readonly District[];
  readonly ballotRules: BallotRules;
}

export interface ProjectView {
  readonly projectId: string;
  readonly cycleId: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly category: string;
  readonly district: string | null;
  readonly cost: string;
  readonly feasibility: 'pending' | 'feasible' | 'not-feasible';
  readonly infeasibilityReason: LocalizedText | null;
  readonly mergedInto: string | null;
  readonly supports: number;
}

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

export interface Me {
  readonly residence: { readonly district?: string };
}

/** What a ballot carries: project ids in the voter's order, or points per project. */
export type BallotChoices =
  | { readonly kind: 'approval' | 'knapsack' | 'ranked'; readonly projects: readonly string[] }
  | { readonly kind: 'cumulative'; readonly points: Readonly<Record<string, number>> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);

/** Minor units (cents) as the API writes them, in major units for `Intl` to format. */
export const majorUnits = (minor: string | bigint): number => Number(BigInt(minor)) / 100;
