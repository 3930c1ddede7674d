/** What the budgeting API answers, as far as these pages read it (apps/budgeting, its controllers). */

/** Text in several languages, the one it was written in marked as the original. */
export interface LocalizedText {
  readonly original: string;
  readonly texts: Readonly<Record<string, string>>;
}

export type Phase =
  'proposals' | 'supports' | 'feasibility' | 'voting' | 'tally' | 'results' | 'implementation';

export interface CycleView {
  readonly cycleId: string;
  /** Added to the API with the budgets pages; older answers lack it. */
  readonly title?: LocalizedText;
  readonly phase: Phase;
  readonly budget: { readonly amount: string; readonly currency: string };
  readonly districts: readonly { readonly name: string; readonly budget: string }[];
  readonly withSupports: boolean;
  readonly ballotRules: { readonly kind: 'approval' | 'knapsack' | 'ranked' | 'cumulative' };
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
  readonly feasibility: string;
  readonly mergedInto: string | null;
  readonly supports: number;
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
  readonly tallyRule: { readonly rule: 'greedy' | 'greedy-threshold' | 'mes'; readonly threshold?: number };
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

export type ImplementationStatus = 'planned' | 'in-progress' | 'delayed' | 'completed' | 'cancelled';

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
