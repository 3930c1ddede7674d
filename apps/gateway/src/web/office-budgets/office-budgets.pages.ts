import { html, type SafeHtml } from '../kit/html';
import { errorSummary, field, type FormErrors } from '../kit/forms';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import { content, languageChoices, radioGroup, selectField } from '../office/office-fields';
import { BALLOT_KINDS, TALLY_RULES, type CycleSummary } from '../budgeting-api.views';
import { moneyOf } from '../kit/money';

/** A posted form, to fill it in again after a refusal. */
export type Values = Readonly<Record<string, string | readonly string[] | undefined>>;

export const valueOf = (values: Values, name: string): string => {
  const value = values[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
};

/** How many districts the opening form offers; a city with more adds them in the form's next version. */
export const DISTRICT_ROWS = 6;

export const cyclesPage = (page: PageContext, cycles: readonly CycleSummary[]): SafeHtml =>
  layout(page, {
    title: page.t('office-budgets.title'),
    main: html`<h1>${page.t('office-budgets.title')}</h1>
      <p><a class="button" href="${page.href('/office/budgets/new')}">${page.t('office-budgets.open')}</a></p>
      ${
        cycles.length === 0
          ? html`<p>${page.t('office-budgets.none')}</p>`
          : html`<div class="table-scroll">
              <table>
                <caption>
                  ${page.t('office-budgets.cycles')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${page.t('office-budgets.cycle')}</th>
                    <th scope="col">${page.t('office-budgets.phase')}</th>
                    <th scope="col" class="number">${page.t('office-budgets.budget')}</th>
                    <th scope="col">${page.t('office-budgets.opened-on')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${cycles.map(
                    (cycle) =>
                      html`<tr>
                        <th scope="row">
                          <a href="${page.href(`/office/budgets/${cycle.cycleId}`)}"
                            >${content(page, cycle.title)}</a
                          >
                        </th>
                        <td>${page.t(`office-budgets.phase.${cycle.phase}`)}</td>
                        <td class="number">${moneyOf(page, cycle.budget.amount, cycle.budget.currency)}</td>
                        <td>${page.format.date(cycle.openedAt)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }`,
  });

/** The ballot and tally rules, as opened with and as changed until voting opens. */
export const ballotRulesFields = (page: PageContext, errors: FormErrors, values: Values): SafeHtml =>
  html`${radioGroup(errors, {
    name: 'ballotRules.kind',
    legend: page.t('office-budgets.kind'),
    value: valueOf(values, 'ballotRules.kind') || 'approval',
    choices: BALLOT_KINDS.map((kind) => ({ value: kind, label: page.t(`office-budgets.kind.${kind}`) })),
  })}
  ${field(errors, {
    name: 'ballotRules.maxChoices',
    label: page.t('office-budgets.max-choices'),
    hint: page.t('office-budgets.max-choices.hint'),
    inputmode: 'numeric',
    value: valueOf(values, 'ballotRules.maxChoices'),
  })}
  ${field(errors, {
    name: 'ballotRules.minChoices',
    label: page.t('office-budgets.min-choices'),
    hint: page.t('office-budgets.min-choices.hint'),
    inputmode: 'numeric',
    value: valueOf(values, 'ballotRules.minChoices'),
  })}
  ${field(errors, {
    name: 'ballotRules.minSpendShare',
    label: page.t('office-budgets.min-spend'),
    hint: page.t('office-budgets.min-spend.hint'),
    inputmode: 'decimal',
    value: valueOf(values, 'ballotRules.minSpendShare'),
  })}
  ${field(errors, {
    name: 'ballotRules.points',
    label: page.t('office-budgets.points'),
    hint: page.t('office-budgets.points.hint'),
    inputmode: 'numeric',
    value: valueOf(values, 'ballotRules.points'),
  })}
  ${radioGroup(errors, {
    name: 'tallyRule.rule',
    legend: page.t('office-budgets.tally-rule'),
    hint: page.t('office-budgets.tally-rule.hint'),
    value: valueOf(values, 'tallyRule.rule') || 'greedy',
    choices: TALLY_RULES.map((rule) => ({ value: rule, label: page.t(`office-budgets.rule.${rule}`) })),
  })}
  ${field(errors, {
    name: 'tallyRule.threshold',
    label: page.t('office-budgets.threshold'),
    hint: page.t('office-budgets.threshold.hint'),
    inputmode: 'decimal',
    value: valueOf(values, 'tallyRule.threshold'),
  })}`;

const titleFields = (page: PageContext, errors: FormErrors, values: Values): SafeHtml => {
  const error = errors.byField.get('title');
  return html`<fieldset id="field-title" tabindex="-1" class="${error ? 'field-error' : ''}">
    <legend>${page.t('office-budgets.title-field')}</legend>
    <p class="hint">${page.t('office-budgets.title-field.hint')}</p>
    ${error && html`<p class="error">${error}</p>`}
    ${selectField(errors, {
      name: 'title.original',
      label: page.t('office-budgets.original-language'),
      value: valueOf(values, 'title.original') || page.language,
      choices: languageChoices(page),
    })}
    ${languageChoices(page).map((language) =>
      field(errors, {
        name: `title.${language.value}`,
        label: page.t('office-budgets.title-in', { language: language.label }),
        value: valueOf(values, `title.${language.value}`),
        lang: language.value,
      }),
    )}
  </fieldset>`;
};

const districtFields = (page: PageContext, errors: FormErrors, values: Values): SafeHtml => {
  const error = errors.byField.get('districts');
  return html`<fieldset id="field-districts" tabindex="-1" class="${error ? 'field-error' : ''}">
    <legend>${page.t('office-budgets.districts')}</legend>
    <p class="hint">${page.t('office-budgets.districts.hint')}</p>
    ${error && html`<p class="error">${error}</p>`}
    ${Array.from({ length: DISTRICT_ROWS }, (_, index) => {
      const number = page.format.number(index + 1);
      return html`<div class="field-pair">
        ${field(errors, {
          name: `district-${index}-name`,
          label: page.t('office-budgets.district-name', { number }),
          value: valueOf(values, `district-${index}-name`),
        })}
        ${field(errors, {
          name: `district-${index}-budget`,
          label: page.t('office-budgets.district-budget', { number }),
          inputmode: 'decimal',
          value: valueOf(values, `district-${index}-budget`),
        })}
      </div>`;
    })}
  </fieldset>`;
};

export const newCyclePage = (page: PageContext, errors: FormErrors, values: Values): SafeHtml =>
  layout(page, {
    title: page.t('office-budgets.open'),
    main: html`<h1>${page.t('office-budgets.open')}</h1>
      ${errorSummary(page, errors)}
      <form method="post" action="${page.href('/office/budgets/new')}" novalidate>
        ${titleFields(page, errors, values)}
        <fieldset>
          <legend>${page.t('office-budgets.budget')}</legend>
          ${field(errors, {
            name: 'budget.amount',
            label: page.t('office-budgets.amount'),
            hint: page.t('office-budgets.amount.hint'),
            inputmode: 'decimal',
            value: valueOf(values, 'budget.amount'),
            required: true,
          })}
          ${field(errors, {
            name: 'budget.currency',
            label: page.t('office-budgets.currency'),
            hint: page.t('office-budgets.currency.hint'),
            value: valueOf(values, 'budget.currency') || 'EUR',
            required: true,
          })}
        </fieldset>
        ${districtFields(page, errors, values)}
        ${radioGroup(errors, {
          name: 'withSupports',
          legend: page.t('office-budgets.with-supports'),
          hint: page.t('office-budgets.with-supports.hint'),
          value: valueOf(values, 'withSupports') || 'no',
          choices: [
            { value: 'yes', label: page.t('office-budgets.yes') },
            { value: 'no', label: page.t('office-budgets.no') },
          ],
        })}
        <fieldset>
          <legend>${page.t('office-budgets.ballot-rules')}</legend>
          ${ballotRulesFields(page, errors, values)}
        </fieldset>
        <fieldset>
          <legend>${page.t('office-budgets.eligibility')}</legend>
          ${radioGroup(errors, {
            name: 'eligibility.verificationLevel',
            legend: page.t('office-budgets.verification'),
            value: valueOf(values, 'eligibility.verificationLevel') || 'verified',
            choices: [
              { value: 'verified', label: page.t('office-budgets.verification.verified') },
              { value: 'self-declared', label: page.t('office-budgets.verification.self-declared') },
            ],
          })}
          ${field(errors, {
            name: 'eligibility.minimumAge',
            label: page.t('office-budgets.minimum-age'),
            hint: page.t('office-budgets.minimum-age.hint'),
            inputmode: 'numeric',
            value: valueOf(values, 'eligibility.minimumAge'),
          })}
          ${field(errors, {
            name: 'eligibility.districts',
            label: page.t('office-budgets.eligible-districts'),
            hint: page.t('office-budgets.eligible-districts.hint'),
            value: valueOf(values, 'eligibility.districts'),
          })}
        </fieldset>
        <button type="submit">${page.t('office-budgets.open.submit')}</button>
      </form>`,
  });

export const cycleNotFoundPage = (page: PageContext): SafeHtml =>
  layout(page, {
    title: page.t('office-budgets.not-found'),
    main: html`<h1>${page.t('office-budgets.not-found')}</h1>
      <p><a href="${page.href('/office/budgets')}">${page.t('office-budgets.title')}</a></p>`,
  });
