import type { Election, TallyRule } from './election';
import { equalShares, type Completion, type EqualSharesTally } from './equal-shares';
import { greedy, greedyWithThreshold, type GreedyTally } from './greedy';

export type Tally = GreedyTally | EqualSharesTally;

/** A rule with what it needs to know beyond the election. */
export type RuleChoice =
  | { readonly rule: 'greedy' }
  | { readonly rule: 'greedy-threshold'; readonly threshold: number }
  | { readonly rule: 'mes'; readonly completion?: Completion };

export const TALLY_RULES: readonly TallyRule[] = ['greedy', 'greedy-threshold', 'mes'];

export const tallyElection = (election: Election, choice: RuleChoice): Tally => {
  switch (choice.rule) {
    case 'greedy':
      return greedy(election);
    case 'greedy-threshold':
      return greedyWithThreshold(election, choice.threshold);
    case 'mes':
      return equalShares(election, choice.completion ?? 'add-one');
  }
};
