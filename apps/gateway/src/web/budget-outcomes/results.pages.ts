import { html, type SafeHtml } from '../kit/html';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import type { CycleView, ProjectView, ResultPart, ResultProject, ResultsView } from '../budgeting-api.views';
import { moneyOf } from '../kit/money';
import { contentText } from './content-text';
import { cycleLine, noticePage } from './outcome-pages';

export interface ResultsPageData {
  readonly cycle: CycleView;
  readonly results: ResultsView;
  readonly projects: ReadonlyMap<string, ProjectView>;
}

const projectName = (page: PageContext, data: ResultsPageData, projectId: string): SafeHtml => {
  const project = data.projects.get(projectId);
  return project ? contentText(page, project.title) : html`<span class="receipt">${projectId}</span>`;
};

const partName = (page: PageContext, part: { readonly district: string | null }): SafeHtml =>
  part.district === null
    ? html`${page.t('budget-outcomes.results.city-wide')}`
    : html`<bdi>${part.district}</bdi>`;

const outcomeOf = (page: PageContext, project: ResultProject): string => {
  if (project.override?.decision === 'fund') return page.t('budget-outcomes.results.funded-by-override');
  if (project.override?.decision === 'unfund') return page.t('budget-outcomes.results.unfunded-by-override');
  return page.t(project.funded ? 'budget-outcomes.results.funded' : 'budget-outcomes.results.not-funded');
};

/** Points only mean something apart from votes when ballots rank or spread points. */
const showsScore = (data: ResultsPageData): boolean =>
  data.cycle.ballotRules.kind !== 'approval' && data.cycle.ballotRules.kind !== 'knapsack';

const projectsTable = (page: PageContext, data: ResultsPageData, part: ResultPart): SafeHtml => {
  const currency = data.results.currency;
  const score = showsScore(data);
  return html`<div class="table-scroll">
    <table>
      <caption>
        ${page.t('budget-outcomes.results.table-caption', { part: part.district ?? page.t('budget-outcomes.results.city-wide') })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${page.t('budget-outcomes.results.project')}</th>
          <th scope="col" class="number">${page.t('budget-outcomes.results.votes')}</th>
          ${score && html`<th scope="col" class="number">${page.t('budget-outcomes.results.score')}</th>`}
          <th scope="col" class="number">${page.t('budget-outcomes.results.cost')}</th>
          <th scope="col">${page.t('budget-outcomes.results.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        ${part.projects.map(
          (project) =>
            html`<tr class="${project.funded ? 'funded' : 'not-funded'}">
              <th scope="row">${projectName(page, data, project.projectId)}</th>
              <td class="number">${page.format.number(project.votes)}</td>
              ${score && html`<td class="number">${page.format.number(project.score)}</td>`}
              <td class="number">${moneyOf(page, project.cost, currency)}</td>
              <td>
                ${project.funded ? html`<strong>${outcomeOf(page, project)}</strong>` : outcomeOf(page, project)}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
};

/** Equal Shares: what each winner's supporters paid from their equal part of the budget. */
const sharesTable = (page: PageContext, data: ResultsPageData, part: ResultPart): SafeHtml | undefined => {
  const paid = part.projects.filter((project) => project.supporterShares && project.selectedByTally);
  if (!part.voterBudget || paid.length === 0) return undefined;
  const currency = data.results.currency;
  return html`<p>
      ${page.t('budget-outcomes.results.voter-budget', { amount: moneyOf(page, part.voterBudget.minorUnits, currency) })}
    </p>
    <div class="table-scroll">
      <table>
        <caption>
          ${page.t('budget-outcomes.results.shares-caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${page.t('budget-outcomes.results.project')}</th>
            <th scope="col" class="number">${page.t('budget-outcomes.results.full-shares')}</th>
            <th scope="col" class="number">${page.t('budget-outcomes.results.share')}</th>
            <th scope="col" class="number">${page.t('budget-outcomes.results.partial-shares')}</th>
            <th scope="col" class="number">${page.t('budget-outcomes.results.paid-by-partial')}</th>
          </tr>
        </thead>
        <tbody>
          ${paid.map((project) => {
            const shares = project.supporterShares!;
            return html`<tr>
              <th scope="row">${projectName(page, data, project.projectId)}</th>
              <td class="number">${page.format.number(shares.fullShares)}</td>
              <td class="number">${moneyOf(page, shares.share.minorUnits, currency)}</td>
              <td class="number">${page.format.number(shares.partialShares)}</td>
              <td class="number">${moneyOf(page, shares.paidByPartial.minorUnits, currency)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
};

const partSection = (page: PageContext, data: ResultsPageData, part: ResultPart, index: number): SafeHtml => {
  const currency = data.results.currency;
  const headingId = `part-${index}`;
  const left = BigInt(part.budget) - BigInt(part.totalCostFunded);
  const funded = part.projects.filter((project) => project.funded).length;
  return html`<section aria-labelledby="${headingId}">
    <h2 id="${headingId}">${partName(page, part)}</h2>
    <dl class="figures">
      <div>
        <dt>${page.t('budget-outcomes.results.budget')}</dt>
        <dd>${moneyOf(page, part.budget, currency)}</dd>
      </div>
      <div>
        <dt>${page.t('budget-outcomes.results.ballots')}</dt>
        <dd>${page.format.number(part.ballots)}</dd>
      </div>
      <div>
        <dt>${page.t('budget-outcomes.results.funded-total')}</dt>
        <dd>
          ${page.t('budget-outcomes.results.funded-total-value', { amount: moneyOf(page, part.totalCostFunded, currency), count: page.format.number(funded) })}
        </dd>
      </div>
      <div>
        <dt>
          ${page.t(left < 0n ? 'budget-outcomes.results.over-budget' : 'budget-outcomes.results.left-over')}
        </dt>
        <dd>${moneyOf(page, (left < 0n ? -left : left).toString(), currency)}</dd>
      </div>
    </dl>
    ${projectsTable(page, data, part)} ${sharesTable(page, data, part)}
  </section>`;
};

const ruleExplained = (page: PageContext, results: ResultsView): SafeHtml => {
  const rule = results.tallyRule;
  return html`<section aria-labelledby="rule-heading">
    <h2 id="rule-heading">${page.t('budget-outcomes.results.rule-heading')}</h2>
    <p>
      ${
        rule.rule === 'greedy-threshold'
          ? page.t('budget-outcomes.results.rule.greedy-threshold', {
              threshold: rule.threshold ?? 0,
            })
          : page.t(`budget-outcomes.results.rule.${rule.rule === 'mes' ? 'mes' : 'greedy'}`)
      }
    </p>
    <p>${page.t('budget-outcomes.results.tie-break')}</p>
    <p class="meta" lang="en" dir="ltr">${results.tieBreak}</p>
  </section>`;
};

const overridesSection = (page: PageContext, data: ResultsPageData): SafeHtml | undefined => {
  if (data.results.overrides.length === 0) return undefined;
  return html`<section aria-labelledby="overrides-heading">
    <h2 id="overrides-heading">${page.t('budget-outcomes.results.overrides-heading')}</h2>
    <p>${page.t('budget-outcomes.results.overrides-intro')}</p>
    <ul class="cards">
      ${data.results.overrides.map(
        (override) =>
          html`<li>
            <h3>${projectName(page, data, override.projectId)}</h3>
            <p><strong>${page.t(`budget-outcomes.results.override.${override.decision}`)}</strong></p>
            ${contentText(page, override.reason, { block: true })}
          </li>`,
      )}
    </ul>
  </section>`;
};

/** What anyone needs to check the count: the ballots it read and the notary's signed checkpoint. */
const verification = (page: PageContext, data: ResultsPageData): SafeHtml => {
  const { ballots, checkpoint } = data.results;
  return html`<section aria-labelledby="check-heading">
    <h2 id="check-heading">${page.t('budget-outcomes.results.check-heading')}</h2>
    <p>${page.t('budget-outcomes.results.check-intro', { count: ballots.counted })}</p>
    <p>
      <a href="${page.href(`/budgets/${data.cycle.cycleId}/counted-ballots`)}"
        >${page.t('budget-outcomes.results.check-link')}</a
      >
    </p>
    <dl class="figures">
      <div>
        <dt>${page.t('budget-outcomes.results.receipts-digest')}</dt>
        <dd class="receipt">${ballots.receiptsDigest}</dd>
      </div>
      <div>
        <dt>${page.t('budget-outcomes.results.checkpoint-signed')}</dt>
        <dd>${page.format.dateTime(checkpoint.signedAt)}</dd>
      </div>
      <div>
        <dt>${page.t('budget-outcomes.results.checkpoint-size')}</dt>
        <dd>${page.format.number(checkpoint.treeSize)}</dd>
      </div>
      <div>
        <dt>${page.t('budget-outcomes.results.checkpoint-root')}</dt>
        <dd class="receipt">${checkpoint.rootHash}</dd>
      </div>
      <div>
        <dt>${page.t('budget-outcomes.results.checkpoint-key')}</dt>
        <dd class="receipt">${checkpoint.keyId}</dd>
      </div>
    </dl>
  </section>`;
};

export const resultsPage = (page: PageContext, data: ResultsPageData): SafeHtml =>
  layout(page, {
    title: page.t('budget-outcomes.results.title'),
    main: html`<h1>${page.t('budget-outcomes.results.title')}</h1>
      ${cycleLine(page, data.cycle)}
      ${!data.results.published && html`<p class="status" role="status">${page.t('budget-outcomes.results.preview')}</p>`}
      ${ruleExplained(page, data.results)}
      ${data.results.parts.map((part, index) => partSection(page, data, part, index))}
      ${overridesSection(page, data)} ${verification(page, data)}`,
  });

export const resultsNotPublishedPage = (page: PageContext, cycle: CycleView): SafeHtml =>
  noticePage(
    page,
    page.t('budget-outcomes.results.not-published-title'),
    html`${cycleLine(page, cycle)}
      <p>${page.t('budget-outcomes.results.not-published-body')}</p>`,
  );
