import { html, type SafeHtml } from '../kit/html';
import { errorSummary, field, type FormErrors } from '../kit/forms';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import type { CountedBallotsView, CycleView, ProjectView } from '../budgeting-api.views';
import { contentText } from './content-text';
import { cycleLine } from './outcome-pages';

export type ReceiptLookup =
  | { readonly kind: 'none' }
  | { readonly kind: 'refused'; readonly receipt: string; readonly errors: FormErrors }
  | {
      readonly kind: 'answered';
      readonly receipt: string;
      readonly list: CountedBallotsView;
      readonly projects: ReadonlyMap<string, ProjectView>;
    };

const answer = (page: PageContext, lookup: ReceiptLookup): SafeHtml | undefined => {
  if (lookup.kind !== 'answered') return undefined;
  const [ballot] = lookup.list.ballots;
  if (!ballot)
    return html`<section class="outcome not-found" role="status" aria-labelledby="answer-heading">
      <h2 id="answer-heading">${page.t('budget-outcomes.counted.absent-title')}</h2>
      <p class="receipt">${lookup.receipt}</p>
      <p>${page.t('budget-outcomes.counted.absent-body')}</p>
    </section>`;
  return html`<section class="outcome found" role="status" aria-labelledby="answer-heading">
    <h2 id="answer-heading">${page.t('budget-outcomes.counted.found-title')}</h2>
    <p class="receipt">${ballot.receipt}</p>
    <p>${page.t('budget-outcomes.counted.found-body')}</p>
    ${
      ballot.projects.length > 0 &&
      html`<h3>${page.t('budget-outcomes.counted.choices')}</h3>
        <ul>
          ${ballot.projects.map((projectId) => {
            const project = lookup.projects.get(projectId);
            return html`<li>
              ${project ? contentText(page, project.title) : html`<span class="receipt">${projectId}</span>`}
            </li>`;
          })}
        </ul>`
    }
  </section>`;
};

/** A voter pastes the receipt they were given and learns whether the published count holds their ballot. */
export const countedBallotsPage = (
  page: PageContext,
  cycle: CycleView,
  list: Pick<CountedBallotsView, 'counted' | 'receiptsDigest'>,
  lookup: ReceiptLookup,
): SafeHtml => {
  const errors =
    lookup.kind === 'refused' ? lookup.errors : { byField: new Map<string, string>(), general: [] };
  return layout(page, {
    title: page.t('budget-outcomes.counted.title'),
    main: html`<h1>${page.t('budget-outcomes.counted.title')}</h1>
      ${cycleLine(page, cycle)}
      <p>${page.t('budget-outcomes.counted.intro', { count: list.counted })}</p>
      ${errorSummary(page, errors)}
      <form method="get" action="${page.href(`/budgets/${cycle.cycleId}/counted-ballots`)}" novalidate>
        ${field(errors, {
          name: 'receipt',
          label: page.t('budget-outcomes.counted.receipt'),
          hint: page.t('budget-outcomes.counted.receipt-hint'),
          value: lookup.kind === 'none' ? '' : lookup.receipt,
          autocomplete: 'off',
          required: true,
        })}
        <button type="submit">${page.t('budget-outcomes.counted.submit')}</button>
      </form>
      ${answer(page, lookup)}
      <p class="meta">
        ${page.t('budget-outcomes.counted.digest')} <span class="receipt">${list.receiptsDigest}</span>
      </p>
      <p>
        <a href="${page.href(`/budgets/${cycle.cycleId}/results`)}"
          >${page.t('budget-outcomes.counted.to-results')}</a
        >
      </p>`,
  });
};
