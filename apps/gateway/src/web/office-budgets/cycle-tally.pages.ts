import { html, type SafeHtml } from '../kit/html';
import { field } from '../kit/forms';
import type { PageContext } from '../kit/page-context';
import { content, radioGroup, selectField } from '../office/office-fields';
import { IMPLEMENTATION_STATUSES, type ResultsView } from '../budgeting-api.views';
import { valueOf } from './office-budgets.pages';
import {
  confirmBox,
  errorsOf,
  projectChoices,
  textLanguage,
  valuesOf,
  type CyclePage,
} from './cycle-page-parts';
import { moneyOf } from '../kit/money';

const yesNo = (page: PageContext, value: boolean): string =>
  page.t(value ? 'office-budgets.yes' : 'office-budgets.no');

const resultsTables = (page: PageContext, data: CyclePage, results: ResultsView): SafeHtml => {
  const titles = new Map(data.projects.map((project) => [project.projectId, project]));
  return html`<p>
      ${page.t('office-budgets.results.counted', {
        count: results.ballots.counted,
        rule: page.t(`office-budgets.rule.${results.tallyRule.rule}`),
      })}
      ${
        results.published
          ? html`<strong>${page.t('office-budgets.results.published')}</strong>`
          : html`<strong>${page.t('office-budgets.results.preview')}</strong>`
      }
    </p>
    ${results.parts.map(
      (part) =>
        html`<div class="table-scroll">
          <table>
            <caption>
              ${
                part.district === null
                  ? page.t('office-budgets.city-wide')
                  : html`<span dir="auto">${part.district}</span>`
              }
              —
              ${page.t('office-budgets.results.part', {
                budget: moneyOf(page, part.budget, results.currency),
                funded: moneyOf(page, part.totalCostFunded, results.currency),
                ballots: part.ballots,
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">${page.t('office-budgets.project')}</th>
                <th scope="col" class="number">${page.t('office-budgets.results.votes')}</th>
                <th scope="col" class="number">${page.t('office-budgets.results.score')}</th>
                <th scope="col" class="number">${page.t('office-budgets.results.cost')}</th>
                <th scope="col">${page.t('office-budgets.results.selected')}</th>
                <th scope="col">${page.t('office-budgets.results.funded')}</th>
              </tr>
            </thead>
            <tbody>
              ${part.projects.map((row) => {
                const project = titles.get(row.projectId);
                return html`<tr>
                  <th scope="row">${project ? content(page, project.title) : row.projectId}</th>
                  <td class="number">${page.format.number(row.votes)}</td>
                  <td class="number">${page.format.number(row.score)}</td>
                  <td class="number">${moneyOf(page, row.cost, results.currency)}</td>
                  <td>${yesNo(page, row.selectedByTally)}</td>
                  <td>
                    ${yesNo(page, row.funded)}${
                      row.override &&
                      html` —
                      ${page.t(row.override.decision === 'fund' ? 'office-budgets.override.funded' : 'office-budgets.override.unfunded')}:
                      ${content(page, row.override.reason)}`
                    }
                  </td>
                </tr>`;
              })}
            </tbody>
          </table>
        </div>`,
    )}`;
};

const overrideForm = (page: PageContext, data: CyclePage, results: ResultsView): SafeHtml => {
  const errors = errorsOf(data, 'override');
  const values = valuesOf(data, 'override');
  const counted = new Set(results.parts.flatMap((part) => part.projects.map((project) => project.projectId)));
  return html`<h3 id="override">${page.t('office-budgets.override')}</h3>
    <p>${page.t('office-budgets.override.intro')}</p>
    <form method="post" action="${page.href(`/office/budgets/${data.cycle.cycleId}/overrides`)}" novalidate>
      ${selectField(errors, {
        name: 'override-project',
        label: page.t('office-budgets.project'),
        value: valueOf(values, 'override-project'),
        choices: projectChoices(
          page,
          data.projects.filter((project) => counted.has(project.projectId)),
        ),
      })}
      ${radioGroup(errors, {
        name: 'override-decision',
        legend: page.t('office-budgets.override.decision'),
        value: valueOf(values, 'override-decision') || 'fund',
        choices: [
          { value: 'fund', label: page.t('office-budgets.override.fund') },
          { value: 'unfund', label: page.t('office-budgets.override.unfund') },
        ],
      })}
      ${field(errors, {
        name: 'override-reason',
        label: page.t('office-budgets.override.reason'),
        hint: page.t('office-budgets.override.reason.hint'),
        value: valueOf(values, 'override-reason'),
        multiline: true,
        required: true,
      })}
      ${textLanguage(page, errors, values, 'override-language')}
      <button type="submit" class="secondary">${page.t('office-budgets.override.submit')}</button>
    </form>`;
};

export const tallySection = (page: PageContext, data: CyclePage): SafeHtml => {
  const { cycle, results } = data;
  const counting = cycle.phase === 'tally';
  return html`<section id="tally" aria-labelledby="tally-heading" class="panel">
    <h2 id="tally-heading">${page.t('office-budgets.tally')}</h2>
    ${
      counting &&
      html`<form method="post" action="${page.href(`/office/budgets/${cycle.cycleId}/tally`)}" novalidate>
        <p>
          ${page.t('office-budgets.tally.intro', { rule: page.t(`office-budgets.rule.${cycle.tallyRule.rule}`) })}
        </p>
        <button type="submit">
          ${page.t(results ? 'office-budgets.tally.again' : 'office-budgets.tally.submit')}
        </button>
      </form>`
    }
    ${results ? resultsTables(page, data, results) : html`<p>${page.t('office-budgets.tally.none')}</p>`}
    ${counting && results && overrideForm(page, data, results)}
    ${
      counting &&
      results &&
      html`<h3 id="publish">${page.t('office-budgets.publish')}</h3>
        <p>${page.t('office-budgets.publish.intro')}</p>
        <form method="post" action="${page.href(`/office/budgets/${cycle.cycleId}/results`)}" novalidate>
          ${confirmBox(page, errorsOf(data, 'publish'), 'publish-confirm', page.t('office-budgets.publish.confirm'))}
          <button type="submit">${page.t('office-budgets.publish.submit')}</button>
        </form>`
    }
  </section>`;
};

export const implementationSection = (page: PageContext, data: CyclePage, results: ResultsView): SafeHtml => {
  const funded = new Set(
    results.parts.flatMap((part) => part.projects.filter((row) => row.funded).map((row) => row.projectId)),
  );
  const errors = errorsOf(data, 'update');
  const values = valuesOf(data, 'update');
  return html`<section id="implementation" aria-labelledby="implementation-heading" class="panel">
    <h2 id="implementation-heading">${page.t('office-budgets.update')}</h2>
    <form
      method="post"
      action="${page.href(`/office/budgets/${data.cycle.cycleId}/implementation-updates`)}"
      novalidate
    >
      ${selectField(errors, {
        name: 'update-project',
        label: page.t('office-budgets.project'),
        value: valueOf(values, 'update-project'),
        choices: projectChoices(
          page,
          data.projects.filter((project) => funded.has(project.projectId)),
        ),
      })}
      ${selectField(errors, {
        name: 'update-status',
        label: page.t('office-budgets.update.status'),
        value: valueOf(values, 'update-status') || 'in-progress',
        choices: IMPLEMENTATION_STATUSES.map((status) => ({
          value: status,
          label: page.t(`office-budgets.status.${status}`),
        })),
      })}
      ${field(errors, {
        name: 'update-progress',
        label: page.t('office-budgets.update.progress'),
        hint: page.t('office-budgets.update.progress.hint'),
        inputmode: 'numeric',
        value: valueOf(values, 'update-progress'),
        required: true,
      })}
      <fieldset id="field-update-milestone-group">
        <legend>${page.t('office-budgets.update.milestone')}</legend>
        <p class="hint">${page.t('office-budgets.update.milestone.hint')}</p>
        ${field(errors, { name: 'update-milestone', label: page.t('office-budgets.update.milestone.title'), value: valueOf(values, 'update-milestone') })}
        ${field(errors, { name: 'update-planned', label: page.t('office-budgets.update.planned'), type: 'date', value: valueOf(values, 'update-planned') })}
        ${field(errors, { name: 'update-reached', label: page.t('office-budgets.update.reached'), type: 'date', value: valueOf(values, 'update-reached') })}
      </fieldset>
      ${field(errors, {
        name: 'update-note',
        label: page.t('office-budgets.update.note'),
        hint: page.t('office-budgets.update.note.hint'),
        value: valueOf(values, 'update-note'),
        multiline: true,
        required: true,
      })}
      ${textLanguage(page, errors, values, 'update-language')}
      <button type="submit">${page.t('office-budgets.update.submit')}</button>
    </form>
  </section>`;
};
