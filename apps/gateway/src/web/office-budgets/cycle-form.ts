import { LANGUAGES } from '../kit/languages';
import { DISTRICT_ROWS } from './office-budgets.pages';
import type { BallotKind, TallyRuleName } from '../budgeting-api.views';
import type { FormReading } from './form-reading';

/** Each kind takes only its own bounds; the others would be refused as meaningless. */
export const ballotRulesOf = (form: FormReading) => {
  const kind = form.text('ballotRules.kind') as BallotKind;
  const rule = form.text('tallyRule.rule') as TallyRuleName;
  const share = form.decimal('ballotRules.minSpendShare');
  const threshold = form.decimal('tallyRule.threshold');
  const bounds =
    {
      approval: {
        maxChoices: form.whole('ballotRules.maxChoices'),
        minChoices: form.whole('ballotRules.minChoices'),
      },
      ranked: { maxChoices: form.whole('ballotRules.maxChoices') },
      // Officers think of the share in percent; the API takes a fraction of the budget.
      knapsack: { minSpendShare: share === undefined ? undefined : share / 100 },
      cumulative: { points: form.whole('ballotRules.points') },
    }[kind] ?? {};
  return {
    ballotRules: { kind, ...bounds },
    tallyRule: { rule, ...(rule === 'greedy-threshold' ? { threshold } : {}) },
  };
};

/** Title texts the officer filled in; the original language must be one of them, as the API says. */
const titleOf = (form: FormReading) => ({
  original: form.text('title.original'),
  texts: Object.fromEntries(
    LANGUAGES.map((language) => [language, form.text(`title.${language}`)]).filter(([, text]) => text !== ''),
  ),
});

const districtsOf = (form: FormReading, currency: string) =>
  Array.from({ length: DISTRICT_ROWS }, (_, index) => index).flatMap((index) => {
    const name = form.text(`district-${index}-name`);
    const typed = form.text(`district-${index}-budget`);
    if (name === '' && typed === '') return [];
    if (name === '') form.refuse(`district-${index}-name`, 'office-budgets.problem.required');
    const budget = typed === '' ? undefined : form.money(`district-${index}-budget`, currency);
    if (typed === '') form.refuse(`district-${index}-budget`, 'office-budgets.problem.required');
    return [{ name, budget: budget ?? '' }];
  });

/** The opening form as the API's `OpenCycleRequest`. */
export const openingOf = (form: FormReading) => {
  const currency = form.text('budget.currency').toUpperCase();
  const amount = form.money('budget.amount', currency) ?? form.required('budget.amount');
  const minimumAge = form.whole('eligibility.minimumAge');
  const districts = form
    .text('eligibility.districts')
    .split(/[,،\n]/)
    .map((name) => name.trim())
    .filter(Boolean);
  return {
    title: titleOf(form),
    budget: { amount, currency },
    districts: districtsOf(form, currency),
    withSupports: form.text('withSupports') === 'yes',
    ...ballotRulesOf(form),
    eligibility: {
      verificationLevel: form.text('eligibility.verificationLevel'),
      ...(minimumAge === undefined ? {} : { minimumAge }),
      ...(districts.length > 0 ? { districts } : {}),
    },
  };
};

/** Where the API names a field of the opening, the form shows its error. */
export const OPENING_FIELDS = [
  'title',
  'budget.amount',
  'budget.currency',
  'districts',
  'withSupports',
  'ballotRules.kind',
  'ballotRules.maxChoices',
  'ballotRules.minChoices',
  'ballotRules.minSpendShare',
  'ballotRules.points',
  'tallyRule.rule',
  'tallyRule.threshold',
  'eligibility.verificationLevel',
  'eligibility.minimumAge',
  'eligibility.districts',
];
