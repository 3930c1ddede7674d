import { defineMessages } from '../kit/messages';
import { budgetsEn } from './messages/budgets.en';
import { budgetsAr } from './messages/budgets.ar';
import { budgetsFa } from './messages/budgets.fa';
import { budgetsUk } from './messages/budgets.uk';
import { budgetsFr } from './messages/budgets.fr';
import { cycleEn } from './messages/cycle.en';
import { cycleAr } from './messages/cycle.ar';
import { cycleFa } from './messages/cycle.fa';
import { cycleUk } from './messages/cycle.uk';
import { cycleFr } from './messages/cycle.fr';

export const officeBudgetsMessages = defineMessages(budgetsEn, {
  ar: budgetsAr,
  fa: budgetsFa,
  uk: budgetsUk,
  fr: budgetsFr,
});

export const officeCycleMessages = defineMessages(cycleEn, {
  ar: cycleAr,
  fa: cycleFa,
  uk: cycleUk,
  fr: cycleFr,
});
