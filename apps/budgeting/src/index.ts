export { BudgetingModule, budgetingContext } from './budgeting.module';
// The tally core and the Pabulib format, pure, for the command line (`commonplan pb tally`).
export { parsePabulib, MalformedPabulib, ruleChoiceFor, type Pabulib } from './pabulib';
export {
  formatMoney,
  tallyElection,
  TALLY_RULES,
  type RuleChoice,
  type Tally,
  type TallyRule,
} from './tally';
// Elections in and out as Pabulib files, for `commonplan pb import` and `pb export`.
export { ExportPabulibElection } from './pabulib-exchange/export-pabulib-election.handler';
export { ImportPabulibElection } from './pabulib-exchange/import-pabulib-election.handler';
