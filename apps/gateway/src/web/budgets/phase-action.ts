import { html, type Markup } from '../kit/html';
import type { PageContext } from '../kit/page-context';
import type { CycleView } from '../budgeting-api.views';

/** What a resident can do in the cycle's current phase, as the one button the cycle page leads with. */
export const phaseAction = (page: PageContext, cycle: CycleView): Markup => {
  const to = (path: string, label: string) =>
    html`<p><a class="button" href="${page.href(`/budgets/${cycle.cycleId}${path}`)}">${label}</a></p>`;
  switch (cycle.phase) {
    case 'proposals':
      return to('/proposals/new', page.t('budgets.action.propose'));
    case 'supports':
      return to('/proposals', page.t('budgets.action.support'));
    case 'voting':
      return to('/ballot', page.t('budgets.vote-now'));
    case 'results':
    case 'implementation':
      return to('/results', page.t('budgets.action.results'));
    default:
      return undefined;
  }
};

/** A funded project's progress, once there is some to follow. */
export const implementationLink = (page: PageContext, cycle: CycleView, projectId: string): Markup =>
  cycle.phase === 'implementation' &&
  html`<p>
    <a href="${page.href(`/budgets/projects/${projectId}/implementation`)}"
      >${page.t('budgets.action.implementation')}</a
    >
  </p>`;
