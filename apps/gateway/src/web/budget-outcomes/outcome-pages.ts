import { html, type Markup, type SafeHtml } from '../kit/html';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import type { CycleView } from '../budgeting-api.views';
import { contentText } from './content-text';

/** Which budget a page is about, with the way back to it. */
export const cycleLine = (page: PageContext, cycle: CycleView): SafeHtml =>
  html`<p class="meta">
    ${cycle.title ? contentText(page, cycle.title) : undefined}
    <a href="${page.href(`/budgets/${cycle.cycleId}`)}">${page.t('budget-outcomes.back-to-cycle')}</a>
  </p>`;

/** Nothing at this address: the API knows no such cycle or project, or the id is not one. */
export const notFoundPage = (page: PageContext): SafeHtml =>
  layout(page, {
    title: page.t('page.not-found.title'),
    main: html`<h1>${page.t('page.not-found.title')}</h1>
      <p>${page.t('page.not-found.body')}</p>
      <p><a href="${page.href('/budgets')}">${page.t('layout.nav.budgets')}</a></p>`,
  });

/** A page that can only say why there is nothing to show yet. */
export const noticePage = (page: PageContext, title: string, body: Markup): SafeHtml =>
  layout(page, {
    title,
    main: html`<h1>${title}</h1>
      ${body}`,
  });
