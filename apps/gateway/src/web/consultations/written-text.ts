import { apiProblemPage } from '../kit/api-problem.page';
import { html, type SafeHtml } from '../kit/html';
import type { PageContext } from '../kit/page-context';
import type { ApiProblem } from '../kit/platform-api';
import type { CommentTarget, Measure, PlanVersion } from '../consultations-api.views';
import {
  shownIn,
  standingWords,
  writtenText,
  type LocalizedText,
  type ShownText,
} from '../kit/localized-text';
import { moneyOf } from '../kit/money';

/** A translation's badge names the language the reader sees; an original's, the one it was written in. */
const STANDING_KEYS = {
  translation: 'consultations.text.translation',
  'other-language': 'consultations.text.original',
} as const;

export const writtenInline = (page: PageContext, text: string, language: string, original = true): SafeHtml =>
  writtenText(page, { text, language, original }, standingWords(page, STANDING_KEYS, language));

export const writtenBlock = (page: PageContext, text: string, language: string, original = true): SafeHtml =>
  html`<p class="written">${writtenInline(page, text, language, original)}</p>`;

export const localizedInline = (page: PageContext, text: LocalizedText): SafeHtml => {
  const shown = shownIn(page, text);
  return writtenInline(page, shown.text, shown.language, shown.original);
};

export const shownBlock = (page: PageContext, shown: ShownText): SafeHtml =>
  writtenBlock(page, shown.text, shown.language, shown.original);

/** A budget is kept in hundredths of its currency whatever the currency, as the plan import reads it. */
export const budgetOf = (page: PageContext, budget: NonNullable<Measure['budget']>): string =>
  moneyOf(page, budget.amount, budget.currency, 2);

export const measureIn = (plan: PlanVersion, measureId: string): Measure | undefined =>
  plan.sections.flatMap((section) => section.measures).find((measure) => measure.measureId === measureId);

/** What a comment is about, named as the plan names it. */
export const targetLabel = (page: PageContext, target: CommentTarget, plan?: PlanVersion): SafeHtml => {
  if (target.kind === 'plan') return html`${page.t('consultations.target.plan')}`;
  if (target.kind === 'section') {
    const section = plan?.sections.find((candidate) => candidate.sectionId === target.sectionId);
    return section
      ? html`${page.t('consultations.target.section')}
          <span lang="${plan!.language}" dir="auto">${section.heading}</span>`
      : html`${page.t('consultations.target.section')}`;
  }
  const measure = plan && measureIn(plan, target.measureId);
  const named = measure
    ? html`${page.t('consultations.target.measure', { number: measure.number })}:
        <span lang="${plan!.language}" dir="auto">${measure.title}</span>`
    : html`${page.t('consultations.target.a-measure')}`;
  if (target.kind === 'measure') return named;
  return html`${page.t('consultations.target.passage')} ${named}`;
};

export const quoted = (page: PageContext, quote: string, language: string): SafeHtml =>
  html`<blockquote class="passage">
    <p>
      <span class="visually-hidden">${page.t('consultations.target.quoted')}</span>
      <mark class="quoted" lang="${language}" dir="auto">${quote}</mark>
    </p>
  </blockquote>`;

/** A page the API could not give: not found, or a refusal told in the reader's language. */
export const problemPage = (page: PageContext, problem: ApiProblem): SafeHtml =>
  apiProblemPage(page, problem, {
    href: page.href('/consultations'),
    label: page.t('consultations.list.title'),
  });
