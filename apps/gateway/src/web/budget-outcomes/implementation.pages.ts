import { html, type SafeHtml } from '../kit/html';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import type { ImplementationView, Milestone, ProjectView } from '../budgeting-api.views';
import { shownIn } from '../kit/localized-text';
import { moneyOf } from '../kit/money';
import { contentText } from './content-text';

export interface ImplementationPageData {
  readonly project: ProjectView;
  readonly implementation: ImplementationView;
  readonly currency: string;
  /** Undefined when the reader is not a signed-in resident, who alone may follow. */
  readonly following?: boolean;
}

const progressOf = (page: PageContext, progress: number, id: string): SafeHtml =>
  html`<div class="meter">
    <label for="${id}">${page.t('budget-outcomes.implementation.progress')}</label>
    <progress id="${id}" max="100" value="${progress}">${page.format.percent(progress / 100)}</progress>
    <p>
      ${page.t('budget-outcomes.implementation.progress-value', { percent: page.format.percent(progress / 100) })}
    </p>
  </div>`;

const milestonesOf = (page: PageContext, milestones: readonly Milestone[]): SafeHtml =>
  milestones.length === 0
    ? html`<p>${page.t('budget-outcomes.implementation.no-milestones')}</p>`
    : html`<ol>
        ${milestones.map(
          (milestone) =>
            html`<li>
              ${contentText(page, milestone.title)}
              <p class="meta">
                ${
                  milestone.reachedOn
                    ? page.t('budget-outcomes.implementation.reached', {
                        date: page.format.date(milestone.reachedOn),
                      })
                    : page.t('budget-outcomes.implementation.planned', {
                        date: page.format.date(milestone.plannedFor),
                      })
                }
              </p>
            </li>`,
        )}
      </ol>`;

const followForm = (page: PageContext, data: ImplementationPageData): SafeHtml => {
  const base = `/budgets/projects/${data.project.projectId}`;
  if (data.following === undefined)
    return page.signedIn
      ? html``
      : html`<p>
          <a href="${page.href(`/sign-in?next=${encodeURIComponent(page.href(`${base}/implementation`))}`)}"
            >${page.t('budget-outcomes.implementation.sign-in-to-follow')}</a
          >
        </p>`;
  return html`<form
    method="post"
    action="${page.href(`${base}/${data.following ? 'unfollow' : 'follow'}`)}"
    class="actions"
  >
    <p>
      ${page.t(data.following ? 'budget-outcomes.implementation.following' : 'budget-outcomes.implementation.follow-why')}
    </p>
    <button type="submit" class="${data.following ? 'secondary' : ''}">
      ${page.t(data.following ? 'budget-outcomes.implementation.unfollow' : 'budget-outcomes.implementation.follow')}
    </button>
  </form>`;
};

/** How a funded project is being delivered: where it stands now, and every update the city gave. */
export const implementationPage = (page: PageContext, data: ImplementationPageData): SafeHtml => {
  const { implementation, project } = data;
  return layout(page, {
    title: `${shownIn(page, project.title).text} · ${page.t('budget-outcomes.implementation.title')}`,
    main: html`<p class="meta">${page.t('budget-outcomes.implementation.title')}</p>
      <h1>${contentText(page, project.title)}</h1>
      ${contentText(page, project.description, { block: true })}
      <p>
        ${page.t(
          implementation.funding.by === 'override'
            ? 'budget-outcomes.implementation.funded-by-override'
            : 'budget-outcomes.implementation.funded',
          {
            amount: moneyOf(page, implementation.funding.amount, data.currency),
            date: page.format.date(implementation.funding.fundedAt),
          },
        )}
      </p>
      ${followForm(page, data)}
      <section aria-labelledby="now-heading">
        <h2 id="now-heading">${page.t('budget-outcomes.implementation.now')}</h2>
        <p class="status">
          ${page.t('budget-outcomes.implementation.status')}
          <strong>${page.t(`budget-outcomes.status.${implementation.current.status}`)}</strong>
        </p>
        ${progressOf(page, implementation.current.progress, 'progress-now')}
        <h3>${page.t('budget-outcomes.implementation.milestones')}</h3>
        ${milestonesOf(page, implementation.current.milestones)}
      </section>
      <section aria-labelledby="updates-heading">
        <h2 id="updates-heading">${page.t('budget-outcomes.implementation.updates')}</h2>
        ${
          implementation.history.length === 0
            ? html`<p>${page.t('budget-outcomes.implementation.no-updates')}</p>`
            : html`<ol class="cards">
                ${implementation.history.map(
                  (update) =>
                    html`<li>
                      <h3>
                        <time datetime="${update.updatedAt}">${page.format.date(update.updatedAt)}</time>
                      </h3>
                      <p class="meta">
                        ${page.t('budget-outcomes.implementation.update-line', {
                          status: page.t(`budget-outcomes.status.${update.status}`),
                          percent: page.format.percent(update.progress / 100),
                        })}
                      </p>
                      ${contentText(page, update.note, { block: true })}
                      ${update.photos.map(
                        (photo) =>
                          html`<figure>
                            <img src="${photo.url}" alt="${shownIn(page, photo.alt).text}" loading="lazy" />
                            ${photo.caption && html`<figcaption>${contentText(page, photo.caption)}</figcaption>`}
                          </figure>`,
                      )}
                    </li>`,
                )}
              </ol>`
        }
      </section>`,
  });
};
