import type { EligibilityRule } from '@commonplan/kernel';
import type { BallotRules } from './ballot-rules';
import { PHASES, type CycleEvent, type CycleOpened, type Phase } from './cycle.events';

export interface Cycle {
  readonly opened: boolean;
  readonly phase?: Phase;
  readonly budget: bigint;
  readonly currency: string;
  readonly districts: ReadonlyMap<string, bigint>;
  readonly withSupports: boolean;
  readonly ballotRules?: BallotRules;
  readonly eligibility?: EligibilityRule;
}

export const initialCycle = (): Cycle => ({
  opened: false,
  budget: 0n,
  currency: 'EUR',
  districts: new Map(),
  withSupports: false,
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
      const { budget, districts, withSupports, ballotRules, eligibility } = event.data;
      return {
        opened: true,
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
      };
    }
    case 'PhaseAdvanced':
      return { ...state, phase: event.data.to };
    case 'BallotRulesChanged':
      return { ...state, ballotRules: ballotRulesOf(event.data.ballotRules) };
  }
};

/** Whether `phase` has been reached: voting, say, is reached during tally too. */
export const reached = (state: Cycle, phase: Phase): boolean =>
  state.phase !== undefined && PHASES.indexOf(state.phase) >= PHASES.indexOf(phase);
