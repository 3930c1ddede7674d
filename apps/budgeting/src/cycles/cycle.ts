import type { EligibilityRule } from '@commonplan/kernel';
import type { BallotRules } from './ballot-rules';
import type { OverrideRecorded, ResultsPublished, TallyComputed } from './cycle-results.events';
import type { ElectionImported } from './election-imported.events';
import { PHASES, type CycleEvent, type CycleOpened, type Phase } from './cycle.events';
import { tallyRuleOf, type TallyRuleChoice } from './tally-rule';

export type CycleTitle = CycleOpened['title'];
export type PhaseDates = CycleOpened['schedule'][number];

export interface Cycle {
  readonly opened: boolean;
  readonly title?: CycleTitle;
  readonly phase?: Phase;
  readonly budget: bigint;
  readonly currency: string;
  readonly districts: ReadonlyMap<string, bigint>;
  /** The dates the city announced for each phase; phases still advance only when an officer says so. */
  readonly schedule: readonly PhaseDates[];
  readonly withSupports: boolean;
  readonly ballotRules?: BallotRules;
  readonly eligibility?: EligibilityRule;
  readonly tallyRule: TallyRuleChoice;
  /** How many tallies were computed; the last one is the one that counts. */
  readonly tallies: number;
  readonly tally?: TallyComputed;
  /** Overrides written against the last tally; a re-run starts without them. */
  readonly overrides: readonly OverrideRecorded[];
  readonly published?: ResultsPublished;
  /** Set on a cycle that holds an election run elsewhere. */
  readonly imported?: ElectionImported;
}

export const initialCycle = (): Cycle => ({
  opened: false,
  budget: 0n,
  currency: 'EUR',
  districts: new Map(),
  schedule: [],
  withSupports: false,
  tallyRule: { rule: 'greedy' },
  tallies: 0,
  overrides: [],
});

/** The stored shape has optional bounds for every kind; each kind keeps only its own. */
export const ballotRulesOf = (stored: CycleOpened['ballotRules']): BallotRules => {
  switch (stored.kind) {
    case 'approval':
      return { kind: 'approval', maxChoices: stored.maxChoices ?? 1, minChoices: stored.minChoices ?? 0 };
    case 'ranked':
      return { kind: 'ranked', maxChoices: stored.maxChoices ?? 1 };
    case 'knapsack':
      return { kind: 'knapsack', minSpendShare: stored.minSpendShare ?? 0 };
    case 'cumulative':
      return { kind: 'cumulative', points: stored.points ?? 1 };
  }
};

export const evolveCycle = (state: Cycle, event: CycleEvent): Cycle => {
  switch (event.type) {
    case 'CycleOpened': {
      const { title, budget, districts, schedule, withSupports, ballotRules, eligibility, tallyRule } =
        event.data;
      return {
        ...state,
        opened: true,
        title,
        schedule,
        phase: 'proposals',
        budget: BigInt(budget.amount),
        currency: budget.currency,
        districts: new Map(districts.map((district) => [district.name, BigInt(district.budget)])),
        withSupports,
        ballotRules: ballotRulesOf(ballotRules),
        eligibility: {
          verificationLevel: eligibility.verificationLevel,
          ...(eligibility.minimumAge !== undefined ? { minimumAge: eligibility.minimumAge } : {}),
          ...(eligibility.districts ? { districts: eligibility.districts } : {}),
        },
        tallyRule: tallyRuleOf(tallyRule),
      };
    }
    case 'PhaseAdvanced':
      return { ...state, phase: event.data.to };
    case 'BallotRulesChanged':
      return { ...state, ballotRules: ballotRulesOf(event.data.ballotRules) };
    case 'TallyRuleChosen':
      return { ...state, tallyRule: tallyRuleOf(event.data.tallyRule) };
    case 'TallyComputed':
      return { ...state, tallies: state.tallies + 1, tally: event.data, overrides: [] };
    case 'OverrideRecorded':
      return { ...state, overrides: [...state.overrides, event.data] };
    case 'ResultsPublished':
      return { ...state, published: event.data };
    case 'ElectionImported':
      return { ...state, imported: event.data };
  }
};

/** Whether `phase` has been reached: voting, say, is reached during tally too. */
export const reached = (state: Cycle, phase: Phase): boolean =>
  state.phase !== undefined && PHASES.indexOf(state.phase) >= PHASES.indexOf(phase);
