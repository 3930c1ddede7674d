import type { PageContext } from '../kit/page-context';
import type { BallotRules, Money } from '../budgeting-api.views';
import { moneyOf } from '../kit/money';

/** The cycle's ballot rules in plain words, for a reader who has never voted this way before. */
export const rulesInWords = (page: PageContext, rules: BallotRules, budget: Money): string[] => {
  switch (rules.kind) {
    case 'approval':
      return [
        page.t('budgets.rules.approval', { max: rules.maxChoices }),
        ...(rules.minChoices > 0
          ? [page.t('budgets.rules.approval-min', { min: page.format.number(rules.minChoices) })]
          : []),
      ];
    case 'knapsack':
      return [
        page.t('budgets.rules.knapsack', {
          budget: moneyOf(page, budget.amount, budget.currency),
        }),
        ...(rules.minSpendShare > 0
          ? [page.t('budgets.rules.knapsack-min', { share: page.format.percent(rules.minSpendShare) })]
          : []),
      ];
    case 'ranked':
      return [page.t('budgets.rules.ranked', { max: rules.maxChoices })];
    case 'cumulative':
      return [page.t('budgets.rules.cumulative', { points: rules.points })];
  }
};
