import { html, type Markup, type SafeHtml } from '../kit/html';
import { field, type FormErrors } from '../kit/forms';
import type { PageContext } from '../kit/page-context';
import { checkboxGroup, content, radioGroup, selectField } from '../office/office-fields';
import { onOffer, type CycleView, type ProjectView } from '../budgeting-api.views';
import { valueOf, type Values } from './office-budgets.pages';
import {
  errorsOf,
  projectChoices,
  reached,
  textLanguage,
  valuesOf,
  type CyclePage,
} from './cycle-page-parts';
import { moneyOf } from '../kit/money';

const feasibilityOf = (page: PageContext, cycle: CycleView, project: ProjectView): Markup => {
  if (project.mergedInto) return page.t('office-budgets.feasibility.merged');
  switch (project.feasibility) {
    case 'pending':
      return page.t('office-budgets.feasibility.pending');
    case 'feasible':
      return html`${page.t('office-budgets.feasibility.feasible')}:
      ${moneyOf(page, project.cost, cycle.budget.currency)}`;
    case 'not-feasible':
      return html`${page.t('office-budgets.feasibility.not-feasible')}${
        project.infeasibilityReason && html`: ${content(page, project.infeasibilityReason)}`
      }`;
  }
};

const projectsTable = (page: PageContext, data: CyclePage): Markup =>
  data.projects.length === 0
    ? html`<p>${page.t('office-budgets.projects.none')}</p>`
    : html`<div class="table-scroll">
        <table>
          <caption>
            ${page.t('office-budgets.projects.caption', { count: data.projects.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${page.t('office-budgets.project')}</th>
              <th scope="col">${page.t('office-budgets.district')}</th>
              <th scope="col" class="number">${page.t('office-budgets.estimate')}</th>
              <th scope="col">${page.t('office-budgets.feasibility')}</th>
            </tr>
          </thead>
          <tbody>
            ${data.projects.map(
              (project) =>
                html`<tr>
                  <th scope="row">${content(page, project.title)}</th>
                  <td>
                    ${project.district === null ? page.t('office-budgets.city-wide') : html`<span dir="auto">${project.district}</span>`}
                  </td>
                  <td class="number">${moneyOf(page, project.costEstimate, data.cycle.budget.currency)}</td>
                  <td>${feasibilityOf(page, data.cycle, project)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;

const districtChoices = (page: PageContext, cycle: CycleView) => [
  { value: '', label: page.t('office-budgets.city-wide') },
  ...cycle.districts.map((district) => ({ value: district.name, label: district.name })),
];

const addProjectForm = (page: PageContext, data: CyclePage): SafeHtml => {
  const errors = errorsOf(data, 'project');
  const values = valuesOf(data, 'project');
  return html`<h3 id="add-project">${page.t('office-budgets.project.add')}</h3>
    <form method="post" action="${page.href(`/office/budgets/${data.cycle.cycleId}/projects`)}" novalidate>
      ${field(errors, { name: 'project-title', label: page.t('office-budgets.project.title'), value: valueOf(values, 'project-title'), required: true })}
      ${field(errors, {
        name: 'project-description',
        label: page.t('office-budgets.project.description'),
        value: valueOf(values, 'project-description'),
        multiline: true,
        required: true,
      })}
      ${textLanguage(page, errors, values, 'project-language')}
      ${field(errors, {
        name: 'project-category',
        label: page.t('office-budgets.project.category'),
        hint: page.t('office-budgets.project.category.hint'),
        value: valueOf(values, 'project-category'),
        required: true,
      })}
      ${selectField(errors, {
        name: 'project-district',
        label: page.t('office-budgets.district'),
        value: valueOf(values, 'project-district'),
        choices: districtChoices(page, data.cycle),
      })}
      ${field(errors, {
        name: 'project-cost',
        label: page.t('office-budgets.estimate'),
        hint: page.t('office-budgets.amount-in', { currency: data.cycle.budget.currency }),
        inputmode: 'decimal',
        value: valueOf(values, 'project-cost'),
        required: true,
      })}
      <button type="submit">${page.t('office-budgets.project.add')}</button>
    </form>`;
};

const feasibilityForm = (page: PageContext, data: CyclePage): Markup => {
  const assessable = data.projects.filter((project) => project.mergedInto === null);
  if (assessable.length === 0) return undefined;
  const errors = errorsOf(data, 'feasibility');
  const values = valuesOf(data, 'feasibility');
  return html`<h3 id="assess">${page.t('office-budgets.feasibility.assess')}</h3>
    <form method="post" action="${page.href(`/office/budgets/${data.cycle.cycleId}/feasibility`)}" novalidate>
      ${selectField(errors, {
        name: 'feasibility-project',
        label: page.t('office-budgets.project'),
        value: valueOf(values, 'feasibility-project'),
        choices: projectChoices(page, assessable),
      })}
      ${radioGroup(errors, {
        name: 'feasibility-verdict',
        legend: page.t('office-budgets.feasibility.verdict'),
        value: valueOf(values, 'feasibility-verdict') || 'feasible',
        choices: [
          { value: 'feasible', label: page.t('office-budgets.feasibility.feasible') },
          { value: 'not-feasible', label: page.t('office-budgets.feasibility.not-feasible') },
        ],
      })}
      ${field(errors, {
        name: 'feasibility-cost',
        label: page.t('office-budgets.feasibility.cost'),
        hint: page.t('office-budgets.feasibility.cost.hint', { currency: data.cycle.budget.currency }),
        inputmode: 'decimal',
        value: valueOf(values, 'feasibility-cost'),
      })}
      ${field(errors, {
        name: 'feasibility-reason',
        label: page.t('office-budgets.feasibility.reason'),
        hint: page.t('office-budgets.feasibility.reason.hint'),
        value: valueOf(values, 'feasibility-reason'),
        multiline: true,
      })}
      ${textLanguage(page, errors, values, 'feasibility-language')}
      <button type="submit">${page.t('office-budgets.feasibility.submit')}</button>
    </form>`;
};

export const projectsSection = (page: PageContext, data: CyclePage): SafeHtml =>
  html`<section id="projects" aria-labelledby="projects-heading" class="panel">
    <h2 id="projects-heading">${page.t('office-budgets.projects')}</h2>
    ${projectsTable(page, data)} ${data.cycle.phase === 'proposals' && addProjectForm(page, data)}
    ${!reached(data.cycle, 'voting') && feasibilityForm(page, data)}
  </section>`;

/** The choices as the cycle's ballots take them: ticks, a rank per project, or points per project. */
const paperChoices = (page: PageContext, data: CyclePage, errors: FormErrors, values: Values): Markup => {
  const offered = data.projects.filter(onOffer);
  const { kind } = data.cycle.ballotRules;
  if (kind === 'approval' || kind === 'knapsack')
    return checkboxGroup(errors, {
      name: 'paper-projects',
      legend: page.t('office-budgets.paper.choices'),
      choices: offered.map((project) => ({
        value: project.projectId,
        label: project.title.texts[project.title.original] ?? project.projectId,
        lang: project.title.original,
      })),
      values: [values['paper-projects'] ?? []].flat(),
    });
  const name = kind === 'ranked' ? 'paper-rank' : 'paper-points';
  const error = errors.byField.get('paper-projects');
  return html`<fieldset id="field-paper-projects" tabindex="-1" class="${error ? 'field-error' : ''}">
    <legend>
      ${page.t(kind === 'ranked' ? 'office-budgets.paper.ranks' : 'office-budgets.paper.points')}
    </legend>
    ${error && html`<p class="error">${error}</p>`}
    ${offered.map((project) =>
      field(errors, {
        name: `${name}-${project.projectId}`,
        label: project.title.texts[project.title.original] ?? project.projectId,
        lang: project.title.original,
        inputmode: 'numeric',
        value: valueOf(values, `${name}-${project.projectId}`),
      }),
    )}
  </fieldset>`;
};

export const paperSection = (page: PageContext, data: CyclePage): SafeHtml => {
  const errors = errorsOf(data, 'paper');
  const values = valuesOf(data, 'paper');
  return html`<section id="paper-ballot" aria-labelledby="paper-heading" class="panel">
    <h2 id="paper-heading">${page.t('office-budgets.paper')}</h2>
    <p>${page.t('office-budgets.paper.intro')}</p>
    <form
      method="post"
      action="${page.href(`/office/budgets/${data.cycle.cycleId}/paper-ballots`)}"
      novalidate
    >
      <input type="hidden" name="paper-key" value="${valueOf(values, 'paper-key') || data.ballotKey}" />
      ${field(errors, {
        name: 'paper-participant',
        label: page.t('office-budgets.paper.participant'),
        hint: page.t('office-budgets.paper.participant.hint'),
        value: valueOf(values, 'paper-participant'),
        autocomplete: 'off',
        required: true,
      })}
      ${paperChoices(page, data, errors, values)}
      <button type="submit">${page.t('office-budgets.paper.submit')}</button>
    </form>
  </section>`;
};
