import { html, type Markup, type SafeHtml } from '../kit/html';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import { rulesInWords } from './ballot-rules';
import type { CycleSummary, CycleView, Money, ProjectView } from '../budgeting-api.views';
import { moneyOf } from '../kit/money';
import { shownIn } from '../kit/localized-text';
import { content, summaryOf } from './localized';
import { implementationLink, phaseAction } from './phase-action';
import { categoryName } from '../kit/categories';

/** Which projects the reader asked to see; `CITYWIDE` stands for projects of no one district. */
export interface ProjectFilter {
  readonly district: string;
  readonly category: string;
}

export const CITYWIDE = '*';

const money = (page: PageContext, amount: Money): string => moneyOf(page, amount.amount, amount.currency);

const titleOr = (page: PageContext, cycle: { readonly title: CycleSummary['title'] | null }): string =>
  cycle.title ? shownIn(page, cycle.title).text : page.t('budgets.untitled');

const phaseOf = (page: PageContext, phase: string): string => page.t(`budgets.phase.${phase}`);

const datesOf = (page: PageContext, cycle: Pick<CycleView, 'schedule'>): Markup =>
  cycle.schedule.length > 0 &&
  html`<h2>${page.t('budgets.cycle.dates')}</h2>
    <div class="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">${page.t('budgets.cycle.phase')}</th>
            <th scope="col">${page.t('budgets.cycle.from')}</th>
            <th scope="col">${page.t('budgets.cycle.to')}</th>
          </tr>
        </thead>
        <tbody>
          ${cycle.schedule.map(
            (dates) =>
              html`<tr>
                <th scope="row">${phaseOf(page, dates.phase)}</th>
                <td>${page.format.date(dates.startsOn)}</td>
                <td>${page.format.date(dates.endsOn)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;

export const cyclesPage = (page: PageContext, cycles: readonly CycleSummary[]): SafeHtml => {
  // Open voting first: that is what a resident arriving from their letter came for.
  const ordered = [...cycles].sort((a, b) => Number(b.phase === 'voting') - Number(a.phase === 'voting'));
  return layout(page, {
    title: page.t('budgets.list.title'),
    main: html`<h1>${page.t('budgets.list.title')}</h1>
      <p>${page.t('budgets.list.intro')}</p>
      ${
        ordered.length === 0
          ? html`<p>${page.t('budgets.list.none')}</p>`
          : html`<ul class="cards">
              ${ordered.map(
                (cycle) =>
                  html`<li>
                    ${content(page, cycle.title, 'h2', page.href(`/budgets/${cycle.cycleId}`))}
                    <p class="meta">
                      ${page.t('budgets.cycle.phase-is', { phase: phaseOf(page, cycle.phase) })} ·
                      ${page.t('budgets.cycle.budget-is', { budget: money(page, cycle.budget) })}
                    </p>
                    ${
                      cycle.phase === 'voting' &&
                      html`<p>
                        <a class="button" href="${page.href(`/budgets/${cycle.cycleId}/ballot`)}"
                          >${page.t('budgets.vote-now')}<span class="visually-hidden"
                            >: ${titleOr(page, cycle)}</span
                          ></a
                        >
                      </p>`
                    }
                  </li>`,
              )}
            </ul>`
      }`,
  });
};

const option = (value: string, label: string, selected: boolean): SafeHtml =>
  selected
    ? html`<option value="${value}" selected>${label}</option>`
    : html`<option value="${value}">${label}</option>`;

const filterForm = (
  page: PageContext,
  cycle: CycleView,
  categories: readonly string[],
  filter: ProjectFilter,
): SafeHtml =>
  html`<form method="get" action="${page.href(`/budgets/${cycle.cycleId}`)}" class="filters">
    <fieldset>
      <legend>${page.t('budgets.filter.legend')}</legend>
      ${
        cycle.districts.length > 0 &&
        html`<div class="field">
          <label for="filter-district">${page.t('budgets.filter.district')}</label>
          <select id="filter-district" name="district">
            ${option('', page.t('budgets.filter.all-districts'), filter.district === '')}
            ${option(CITYWIDE, page.t('budgets.citywide'), filter.district === CITYWIDE)}
            ${cycle.districts.map((district) => option(district.name, district.name, filter.district === district.name))}
          </select>
        </div>`
      }
      <div class="field">
        <label for="filter-category">${page.t('budgets.filter.category')}</label>
        <select id="filter-category" name="category">
          ${option('', page.t('budgets.filter.all-categories'), filter.category === '')}
          ${categories.map((category) => option(category, categoryName(page, category), filter.category === category))}
        </select>
      </div>
      <button type="submit" class="secondary">${page.t('budgets.filter.apply')}</button>
    </fieldset>
  </form>`;

const feasibilityOf = (page: PageContext, project: ProjectView): string =>
  page.t(`budgets.feasibility.${project.feasibility}`);

const projectCard = (page: PageContext, project: ProjectView, currency: string): SafeHtml => {
  const description = shownIn(page, project.description);
  return html`<li>
    ${content(page, project.title, 'h3', page.href(`/budgets/${project.cycleId}/projects/${project.projectId}`))}
    <p lang="${description.language}" dir="auto">${summaryOf(description.text)}</p>
    <p class="meta">
      ${page.t('budgets.project.cost', { cost: money(page, { amount: project.cost, currency }) })} ·
      ${project.district ?? page.t('budgets.citywide')} · ${categoryName(page, project.category)} ·
      ${feasibilityOf(page, project)}
    </p>
  </li>`;
};

export const cyclePage = (
  page: PageContext,
  cycle: CycleView,
  projects: readonly ProjectView[],
  filter: ProjectFilter,
): SafeHtml => {
  const listed = projects.filter((project) => project.mergedInto === null);
  const categories = [...new Set(listed.map((project) => project.category))].sort((a, b) =>
    categoryName(page, a).localeCompare(categoryName(page, b), page.language),
  );
  const shown = listed.filter(
    (project) =>
      (filter.district === '' ||
        (filter.district === CITYWIDE ? project.district === null : project.district === filter.district)) &&
      (filter.category === '' || project.category === filter.category),
  );
  return layout(page, {
    title: titleOr(page, cycle),
    main: html`${cycle.title ? content(page, cycle.title, 'h1') : html`<h1>${page.t('budgets.untitled')}</h1>`}
      <p class="status">${page.t('budgets.cycle.phase-is', { phase: phaseOf(page, cycle.phase) })}</p>
      ${phaseAction(page, cycle)}
      <h2>${page.t('budgets.cycle.budget')}</h2>
      <p>${page.t('budgets.cycle.budget-is', { budget: money(page, cycle.budget) })}</p>
      ${
        cycle.districts.length > 0 &&
        html`<ul>
          ${cycle.districts.map(
            (district) =>
              html`<li>
                ${page.t('budgets.cycle.district-budget', {
                  district: district.name,
                  budget: money(page, { amount: district.budget, currency: cycle.budget.currency }),
                })}
              </li>`,
          )}
        </ul>`
      }
      ${datesOf(page, cycle)}
      <h2>${page.t('budgets.cycle.rules')}</h2>
      <ul>
        ${rulesInWords(page, cycle.ballotRules, cycle.budget).map((rule) => html`<li>${rule}</li>`)}
        ${
          cycle.ballotRules.kind === 'knapsack' &&
          cycle.districts.length > 0 &&
          html`<li>${page.t('budgets.rules.knapsack-districts')}</li>`
        }
      </ul>
      <h2 id="projects-heading">${page.t('budgets.cycle.projects')}</h2>
      ${filterForm(page, cycle, categories, filter)}
      <p role="status">
        ${page.t('budgets.cycle.shown', { shown: page.format.number(shown.length), total: listed.length })}
      </p>
      <ul class="cards" aria-labelledby="projects-heading">
        ${shown.map((project) => projectCard(page, project, cycle.budget.currency))}
      </ul>`,
  });
};

export const projectPage = (page: PageContext, cycle: CycleView, project: ProjectView): SafeHtml =>
  layout(page, {
    title: shownIn(page, project.title).text,
    main: html`<p>
        <a href="${page.href(`/budgets/${cycle.cycleId}`)}"
          >${page.t('budgets.project.back', { cycle: titleOr(page, cycle) })}</a
        >
      </p>
      ${content(page, project.title, 'h1')}
      <dl class="facts">
        <dt>${page.t('budgets.project.cost-label')}</dt>
        <dd>${money(page, { amount: project.cost, currency: cycle.budget.currency })}</dd>
        <dt>${page.t('budgets.filter.district')}</dt>
        <dd>${project.district ?? page.t('budgets.citywide')}</dd>
        <dt>${page.t('budgets.filter.category')}</dt>
        <dd>${categoryName(page, project.category)}</dd>
        <dt>${page.t('budgets.project.feasibility')}</dt>
        <dd>${feasibilityOf(page, project)}</dd>
        <dt>${page.t('budgets.project.supports')}</dt>
        <dd>${page.format.number(project.supports)}</dd>
      </dl>
      ${
        project.infeasibilityReason &&
        html`<h2>${page.t('budgets.project.why-not-feasible')}</h2>
          ${content(page, project.infeasibilityReason, 'p')}`
      }
      <h2>${page.t('budgets.project.description')}</h2>
      ${content(page, project.description, 'p')} ${implementationLink(page, cycle, project.projectId)}`,
  });
