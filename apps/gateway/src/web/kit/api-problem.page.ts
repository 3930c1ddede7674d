import { html, type SafeHtml } from './html';
import { layout } from './layout';
import type { PageContext } from './page-context';
import type { ApiProblem } from './platform-api';

/** A page the API could not give (no such thing) or refused, told in the reader's language, and the way back. */
export const apiProblemPage = (
  page: PageContext,
  problem: ApiProblem,
  back: { readonly href: string; readonly label: string },
): SafeHtml => {
  const title = problem.status === 404 ? page.t('page.not-found.title') : page.t('form.failed');
  return layout(page, {
    title,
    main: html`<h1>${title}</h1>
      <p>
        ${problem.status === 404 ? page.t('page.not-found.body') : page.tOr(`problem.${problem.code}`, problem.detail)}
      </p>
      <p><a href="${back.href}">${back.label}</a></p>`,
  });
};
