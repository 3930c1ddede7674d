export { BudgetingModule, budgetingContext } from './budgeting.module';
// The tally core and the Pabulib format, pure, for the command line (`commonplan pb tally`).
export { parsePabulib, MalformedPabulib, type Pabulib } from './pabulib';
export {
  formatMoney,
  tallyElection,
  TALLY_RULES,
  type RuleChoice,
  type Tally,
  type TallyRule,
} from './tally';
