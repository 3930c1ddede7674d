export { BudgetingModule, budgetingContext } from './budgeting.module';
