import { html, type Markup, type SafeHtml } from '../kit/html';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import { draftField, type BallotDraft } from './ballot-form';
import { cycleTitle, money, projectFacts, totalOf, type BallotSetting } from './ballot-setting';
import type { BallotReceipt, CycleView } from '../budgeting-api.views';
import { content } from './localized';

const hiddenDraft = (setting: BallotSetting, draft: BallotDraft): SafeHtml[] =>
  [...draft].map(
    ([projectId, value]) =>
      html`<input
        type="hidden"
        name="${draftField(setting.cycle.ballotRules.kind, projectId)}"
        value="${setting.cycle.ballotRules.kind === 'ranked' || setting.cycle.ballotRules.kind === 'cumulative' ? value : projectId}"
      />`,
  );

const chosenList = (
  page: PageContext,
  setting: BallotSetting,
  draft: BallotDraft,
  order: readonly string[],
): Markup => {
  const byId = new Map(setting.offered.map((project) => [project.projectId, project]));
  const chosen = order.flatMap((id) => byId.get(id) ?? []);
  if (chosen.length === 0) return html`<p>${page.t('budgets.review.none')}</p>`;
  const kind = setting.cycle.ballotRules.kind;
  if (kind === 'cumulative')
    return html`<div class="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">${page.t('budgets.review.project')}</th>
            <th scope="col" class="number">${page.t('budgets.review.points')}</th>
          </tr>
        </thead>
        <tbody>
          ${chosen.map(
            (project) =>
              html`<tr>
                <th scope="row">${content(page, project.title)}</th>
                <td class="number">${page.format.number(Number(draft.get(project.projectId)))}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  const items = chosen.map(
    (project) => html`<li>${content(page, project.title)} ${projectFacts(page, setting, project)}</li>`,
  );
  return kind === 'ranked'
    ? html`<ol class="chosen">
        ${items}
      </ol>`
    : html`<ul class="chosen">
        ${items}
      </ul>`;
};

export const reviewPage = (
  page: PageContext,
  setting: BallotSetting,
  draft: BallotDraft,
  order: readonly string[],
  idempotencyKey: string,
): SafeHtml => {
  const { cycle } = setting;
  const total = totalOf(setting, draft);
  return layout(page, {
    title: page.t('budgets.review.title'),
    main: html`<h1>${page.t('budgets.review.title')}</h1>
      ${cycleTitle(page, cycle)}
      <p>${page.t('budgets.review.intro')}</p>
      <h2>${page.t('budgets.review.choices')}</h2>
      ${chosenList(page, setting, draft, order)}
      ${
        cycle.ballotRules.kind === 'knapsack' &&
        html`<p class="total">
          ${page.t('budgets.review.total', { total: money(page, setting, total), budget: money(page, setting, setting.budget) })}
        </p>`
      }
      <form method="post" action="${page.href(`/budgets/${cycle.cycleId}/ballot`)}" novalidate>
        <input type="hidden" name="idempotencyKey" value="${idempotencyKey}" />
        ${hiddenDraft(setting, draft)}
        <div class="actions">
          <button type="submit" name="action" value="cast">${page.t('budgets.review.cast')}</button>
          <button type="submit" name="action" value="change" class="secondary">
            ${page.t('budgets.review.change')}
          </button>
        </div>
      </form>`,
  });
};

export const receiptPage = (page: PageContext, cycle: CycleView, receipt: BallotReceipt): SafeHtml =>
  layout(page, {
    title: page.t('budgets.receipt.title'),
    scripts: ['ballot.js'],
    main: html`<h1>${page.t('budgets.receipt.title')}</h1>
      ${cycleTitle(page, cycle)}
      <p class="status">
        ${page.t('budgets.receipt.cast-at', {
          when: page.format.dateTime(receipt.castAt),
          version: page.format.number(receipt.version),
        })}
      </p>
      <h2 id="receipt-label">${page.t('budgets.receipt.heading')}</h2>
      <p>
        <code
          class="receipt"
          id="receipt"
          data-copy
          data-copy-label="${page.t('budgets.receipt.copy')}"
          data-copied-label="${page.t('budgets.receipt.copied')}"
          >${receipt.receipt}</code
        >
      </p>
      <p>${page.t('budgets.receipt.explain')}</p>
      <p>
        <a
          href="${page.href(`/budgets/${cycle.cycleId}/counted-ballots?receipt=${encodeURIComponent(receipt.receipt)}`)}"
          >${page.t('budgets.receipt.lookup')}</a
        >
      </p>
      ${
        cycle.phase === 'voting' &&
        html`<p>${page.t('budgets.receipt.change-until')}</p>
          <p>
            <a href="${page.href(`/budgets/${cycle.cycleId}/ballot`)}">${page.t('budgets.receipt.change')}</a>
          </p>`
      }
      <p><a href="${page.href(`/budgets/${cycle.cycleId}`)}">${page.t('budgets.receipt.back')}</a></p>`,
  });

/** Outside voting, or for someone who holds no resident badge: what they can do instead. */
export const noBallotPage = (
  page: PageContext,
  cycle: CycleView,
  reason: 'not-open' | 'closed' | 'not-resident',
  hasReceipt: boolean,
): SafeHtml =>
  layout(page, {
    title: page.t(`budgets.no-ballot.${reason}.title`),
    main: html`<h1>${page.t(`budgets.no-ballot.${reason}.title`)}</h1>
      ${cycleTitle(page, cycle)}
      <p>${page.t(`budgets.no-ballot.${reason}.body`)}</p>
      ${
        hasReceipt &&
        html`<p>
          <a href="${page.href(`/budgets/${cycle.cycleId}/ballot/receipt`)}"
            >${page.t('budgets.no-ballot.receipt')}</a
          >
        </p>`
      }
      <p><a href="${page.href(`/budgets/${cycle.cycleId}`)}">${page.t('budgets.receipt.back')}</a></p>`,
  });
