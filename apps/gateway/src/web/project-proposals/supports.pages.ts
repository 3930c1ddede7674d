import { html, type SafeHtml } from '../kit/html';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import type { CycleView, ProjectView } from '../budgeting-api.views';
import { contentText } from '../budget-outcomes/content-text';
import { moneyOf } from '../kit/money';
import { cycleLine } from '../budget-outcomes/outcome-pages';
import { categoryName } from '../kit/categories';

export interface SupportsPageData {
  readonly cycle: CycleView;
  readonly projects: readonly ProjectView[];
  /** What the reader supports; undefined when they cannot support here (not signed in, other phase). */
  readonly supported?: ReadonlySet<string>;
  readonly refusals: readonly string[];
}

const supportForm = (
  page: PageContext,
  data: SupportsPageData,
  project: ProjectView,
): SafeHtml | undefined => {
  if (data.cycle.phase !== 'supports') return undefined;
  if (!data.supported)
    return page.signedIn
      ? undefined
      : html`<p>
          <a
            href="${page.href(`/sign-in?next=${encodeURIComponent(page.href(`/budgets/${data.cycle.cycleId}/proposals`))}`)}"
            >${page.t('project-proposals.supports.sign-in')}</a
          >
        </p>`;
  const supported = data.supported.has(project.projectId);
  const action = supported ? 'withdraw-support' : 'support';
  return html`<form
    method="post"
    action="${page.href(`/budgets/${data.cycle.cycleId}/proposals/${project.projectId}/${action}`)}"
  >
    ${supported && html`<p><strong>${page.t('project-proposals.supports.yours')}</strong></p>`}
    <button
      type="submit"
      class="${supported ? 'secondary' : ''}"
      aria-describedby="title-${project.projectId}"
    >
      ${page.t(supported ? 'project-proposals.supports.withdraw' : 'project-proposals.supports.support')}
    </button>
  </form>`;
};

/** Every proposal of a cycle with how many support it; in the supports phase, a button to add one's own. */
export const supportsPage = (page: PageContext, data: SupportsPageData): SafeHtml =>
  layout(page, {
    title: page.t('project-proposals.supports.title'),
    main: html`<h1>${page.t('project-proposals.supports.title')}</h1>
      ${cycleLine(page, data.cycle)}
      <p>
        ${page.t(
          data.cycle.phase === 'supports'
            ? 'project-proposals.supports.intro-open'
            : 'project-proposals.supports.intro-closed',
        )}
      </p>
      ${
        data.cycle.phase === 'proposals' &&
        html`<p>
          <a class="button" href="${page.href(`/budgets/${data.cycle.cycleId}/proposals/new`)}"
            >${page.t('project-proposals.supports.propose')}</a
          >
        </p>`
      }
      ${
        data.refusals.length > 0 &&
        html`<div class="error-summary" role="alert">
          <h2>${page.t('project-proposals.supports.refused')}</h2>
          ${data.refusals.map((refusal) => html`<p>${refusal}</p>`)}
        </div>`
      }
      ${
        data.projects.length === 0
          ? html`<p>${page.t('project-proposals.supports.none')}</p>`
          : html`<ul class="cards">
              ${data.projects.map(
                (project) =>
                  html`<li id="project-${project.projectId}">
                    <h2 id="title-${project.projectId}">${contentText(page, project.title)}</h2>
                    <p class="meta">
                      ${categoryName(page, project.category)} ·
                      ${project.district ?? page.t('project-proposals.field.district-city')} ·
                      ${moneyOf(page, project.costEstimate, data.cycle.budget.currency)}
                    </p>
                    <p>
                      ${page.t('project-proposals.supports.count', { count: page.format.number(project.supports) })}
                    </p>
                    ${supportForm(page, data, project)}
                  </li>`,
              )}
            </ul>`
      }`,
  });
