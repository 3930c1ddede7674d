import { errorSummary, type FormErrors } from '../kit/forms';
import { html, type Markup, type SafeHtml } from '../kit/html';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import { draftField, type BallotDraft } from './ballot-form';
import { rulesInWords } from './ballot-rules';
import { cycleTitle, money, projectFacts, totalOf, type BallotSetting } from './ballot-setting';
import type { ProjectView } from '../budgeting-api.views';
import { shownIn } from '../kit/localized-text';
import { content } from './localized';

const rulesOf = (page: PageContext, setting: BallotSetting): SafeHtml =>
  html`<ul>
    ${rulesInWords(page, setting.cycle.ballotRules, {
      amount: setting.budget.toString(),
      currency: setting.cycle.budget.currency,
    }).map((rule) => html`<li>${rule}</li>`)}
  </ul>`;
const detailsLink = (page: PageContext, project: ProjectView): SafeHtml =>
  html`<a href="${page.href(`/budgets/${project.cycleId}/projects/${project.projectId}`)}"
    >${page.t('budgets.ballot.details')}<span class="visually-hidden"
      >: ${shownIn(page, project.title).text}</span
    ></a
  >`;

/** The live status a script keeps current; rendered here for the ballot as it stands, and for readers without scripts. */
const meter = (page: PageContext, setting: BallotSetting, draft: BallotDraft): Markup => {
  const rules = setting.cycle.ballotRules;
  switch (rules.kind) {
    case 'knapsack': {
      const chosen = totalOf(setting, draft);
      const left = setting.budget - chosen;
      const params = {
        chosen: money(page, setting, chosen),
        budget: money(page, setting, setting.budget),
        left: money(page, setting, left < 0n ? 0n : left),
        over: money(page, setting, left < 0n ? -left : 0n),
      };
      return html`<div class="meter">
        <p
          id="ballot-meter"
          role="status"
          aria-live="polite"
          data-meter="money"
          data-total="${setting.budget.toString()}"
          data-currency="${setting.cycle.budget.currency}"
          data-within="${page.t('budgets.ballot.meter.money')}"
          data-over="${page.t('budgets.ballot.meter.money-over')}"
        >
          ${page.t(left < 0n ? 'budgets.ballot.meter.money-over' : 'budgets.ballot.meter.money', params)}
        </p>
        <meter
          min="0"
          max="${setting.budget.toString()}"
          value="${chosen.toString()}"
          aria-hidden="true"
        ></meter>
      </div>`;
    }
    case 'cumulative': {
      const used = [...draft.values()].reduce((sum, points) => sum + (Number(points) || 0), 0);
      const params = {
        used: page.format.number(used),
        total: rules.points,
        left: page.format.number(Math.max(rules.points - used, 0)),
        over: page.format.number(Math.max(used - rules.points, 0)),
      };
      return html`<p
        id="ballot-meter"
        role="status"
        aria-live="polite"
        data-meter="points"
        data-total="${rules.points}"
        data-within="${page.t('budgets.ballot.meter.points', { total: rules.points })}"
        data-over="${page.t('budgets.ballot.meter.points-over', { total: rules.points })}"
      >
        ${page.t(used > rules.points ? 'budgets.ballot.meter.points-over' : 'budgets.ballot.meter.points', params)}
      </p>`;
    }
    case 'approval':
      return html`<p
        id="ballot-meter"
        role="status"
        aria-live="polite"
        data-meter="count"
        data-total="${rules.maxChoices}"
        data-within="${page.t('budgets.ballot.meter.count', { total: rules.maxChoices })}"
        data-over="${page.t('budgets.ballot.meter.count-over', { total: rules.maxChoices })}"
      >
        ${page.t(
          draft.size > rules.maxChoices ? 'budgets.ballot.meter.count-over' : 'budgets.ballot.meter.count',
          {
            count: page.format.number(draft.size),
            total: rules.maxChoices,
            over: page.format.number(Math.max(draft.size - rules.maxChoices, 0)),
          },
        )}
      </p>`;
    case 'ranked':
      return undefined;
  }
};

const choiceOf = (
  page: PageContext,
  setting: BallotSetting,
  project: ProjectView,
  draft: BallotDraft,
): SafeHtml => {
  const kind = setting.cycle.ballotRules.kind;
  const id = `${kind === 'ranked' ? 'rank' : kind === 'cumulative' ? 'points' : 'choice'}-${project.projectId}`;
  const name = draftField(kind, project.projectId);
  const value = draft.get(project.projectId) ?? '';
  const label = html`${content(page, project.title)} ${projectFacts(page, setting, project)}`;
  if (kind === 'approval' || kind === 'knapsack')
    return html`<div class="choice">
      <input
        type="checkbox"
        id="${id}"
        name="${name}"
        value="${project.projectId}"
        data-cost="${project.cost}"
        ${value === 'on' && html`checked`}
      />
      <label for="${id}">${label}</label>
      ${detailsLink(page, project)}
    </div>`;
  const rules = setting.cycle.ballotRules;
  if (rules.kind === 'ranked') {
    const ranks = Array.from({ length: Math.min(rules.maxChoices, setting.offered.length) }, (_, index) =>
      String(index + 1),
    );
    return html`<div class="field rank">
      <label for="${id}">${label}</label>
      <select id="${id}" name="${name}">
        <option value="">${page.t('budgets.ballot.not-ranked')}</option>
        ${ranks.map((rank) =>
          rank === value
            ? html`<option value="${rank}" selected>${page.format.number(Number(rank))}</option>`
            : html`<option value="${rank}">${page.format.number(Number(rank))}</option>`,
        )}
      </select>
      ${detailsLink(page, project)}
    </div>`;
  }
  return html`<div class="field points">
    <label for="${id}">${label}</label>
    <input type="number" id="${id}" name="${name}" inputmode="numeric" min="0" step="1" value="${value}" />
    ${detailsLink(page, project)}
  </div>`;
};

export const ballotPage = (
  page: PageContext,
  setting: BallotSetting,
  options: { readonly draft: BallotDraft; readonly errors: FormErrors; readonly alreadyCast: boolean },
): SafeHtml => {
  const { cycle } = setting;
  const group = cycle.ballotRules.kind === 'cumulative' ? 'points' : 'projects';
  const error = options.errors.byField.get(group);
  return layout(page, {
    title: page.t('budgets.ballot.title'),
    scripts: ['ballot.js'],
    main: html`<h1>${page.t('budgets.ballot.title')}</h1>
      ${cycleTitle(page, cycle)}
      ${options.alreadyCast && html`<p class="status">${page.t('budgets.ballot.already-cast')}</p>`}
      ${errorSummary(page, options.errors)}
      <h2>${page.t('budgets.cycle.rules')}</h2>
      ${rulesOf(page, setting)}
      <form
        method="post"
        action="${page.href(`/budgets/${cycle.cycleId}/ballot/review`)}"
        novalidate
        data-ballot
      >
        <fieldset
          id="field-${group}"
          class="${error ? 'field-error' : ''}"
          ${error && html`aria-describedby="field-${group}-error"`}
        >
          <legend>${page.t(`budgets.ballot.legend.${cycle.ballotRules.kind}`)}</legend>
          ${error && html`<p class="error" id="field-${group}-error">${error}</p>`}
          ${setting.offered.length === 0 && html`<p>${page.t('budgets.ballot.no-projects')}</p>`}
          ${setting.offered.map((project) => choiceOf(page, setting, project, options.draft))}
        </fieldset>
        ${meter(page, setting, options.draft)}
        <button type="submit">${page.t('budgets.ballot.review')}</button>
      </form>`,
  });
};
