import { html, type SafeHtml } from '../kit/html';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import type { NotificationView } from '../budgeting-api.views';
import { contentText } from './content-text';

const headline = (page: PageContext, notice: NotificationView): string =>
  notice.kind === 'feasibility-assessed'
    ? page.t(
        notice.status === 'feasible'
          ? 'budget-outcomes.notifications.feasible'
          : 'budget-outcomes.notifications.not-feasible',
      )
    : page.tOr(`budget-outcomes.status.${notice.status}`, notice.status);

/** What happened to the projects a resident follows or proposed, newest first. */
export const notificationsPage = (
  page: PageContext,
  notices: readonly NotificationView[] | undefined,
): SafeHtml =>
  layout(page, {
    title: page.t('budget-outcomes.notifications.title'),
    main: html`<h1>${page.t('budget-outcomes.notifications.title')}</h1>
      ${
        notices === undefined
          ? html`<p>${page.t('budget-outcomes.notifications.residents-only')}</p>`
          : notices.length === 0
            ? html`<p>${page.t('budget-outcomes.notifications.none')}</p>`
            : html`<ol class="cards">
                ${notices.map(
                  (notice) =>
                    html`<li>
                      <h2>
                        ${
                          notice.kind === 'implementation-update'
                            ? html`<a
                                href="${page.href(`/budgets/projects/${notice.projectId}/implementation`)}"
                                >${contentText(page, notice.projectTitle)}</a
                              >`
                            : contentText(page, notice.projectTitle)
                        }
                      </h2>
                      <p class="meta">
                        <time datetime="${notice.updatedAt}">${page.format.date(notice.updatedAt)}</time>
                      </p>
                      <p>
                        <strong>${headline(page, notice)}</strong>
                        ${
                          notice.progress === null
                            ? undefined
                            : page.t('budget-outcomes.notifications.progress', {
                                percent: page.format.percent(notice.progress / 100),
                              })
                        }
                      </p>
                      ${contentText(page, notice.note, { block: true })}
                    </li>`,
                )}
              </ol>`
      }`,
  });
