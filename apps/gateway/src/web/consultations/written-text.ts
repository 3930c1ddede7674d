import { html, type SafeHtml } from '../kit/html';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import type { ApiProblem } from '../kit/platform-api';
import type { ShownText } from './consultations.api';
import type { CommentTarget, LocalizedText, Measure, PlanVersion } from '../consultations-api.views';

/** A language as the reader calls it in their own language ("Croatian", «хорватська»). */
export const languageName = (page: PageContext, tag: string): string => {
  try {
    return new Intl.DisplayNames([page.language], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
};

const primary = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/**
 * Text people wrote keeps its own language and direction; when it is not in the reader's language
 * the badge says which it is, and a translation never passes for the original.
 */
const marked = (page: PageContext, language: string, original: boolean): SafeHtml | undefined => {
  if (original && primary(language) === page.language) return undefined;
  const name = languageName(page, language);
  return html` <span class="badge"
    >${
      original
        ? page.t('consultations.text.original', { language: name })
        : page.t('consultations.text.translation', { language: name })
    }</span
  >`;
};

export const writtenInline = (page: PageContext, text: string, language: string, original = true): SafeHtml =>
  html`<span lang="${language}" dir="auto">${text}</span>${marked(page, language, original)}`;

export const writtenBlock = (page: PageContext, text: string, language: string, original = true): SafeHtml =>
  html`<p class="written">
    <span lang="${language}" dir="auto">${text}</span>${marked(page, language, original)}
  </p>`;

/** A text in several languages: the reader's where it exists, else the one it was written in. */
export const localizedShown = (page: PageContext, text: LocalizedText): ShownText => {
  const found = Object.keys(text.texts).find((tag) => primary(tag) === page.language);
  const language = found ?? text.original;
  return { text: text.texts[language] ?? '', language, original: language === text.original };
};

export const localizedInline = (page: PageContext, text: LocalizedText): SafeHtml => {
  const shown = localizedShown(page, text);
  return writtenInline(page, shown.text, shown.language, shown.original);
};

export const shownBlock = (page: PageContext, shown: ShownText): SafeHtml =>
  writtenBlock(page, shown.text, shown.language, shown.original);

/** A budget is kept in hundredths of its currency, as the plan import reads it. */
export const budgetOf = (page: PageContext, budget: NonNullable<Measure['budget']>): string =>
  page.format.money(Number(budget.amount) / 100, budget.currency);

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
export const problemPage = (page: PageContext, problem: ApiProblem): SafeHtml => {
  const title = problem.status === 404 ? page.t('page.not-found.title') : page.t('form.failed');
  return layout(page, {
    title,
    main: html`<h1>${title}</h1>
      <p>
        ${problem.status === 404 ? page.t('page.not-found.body') : page.tOr(`problem.${problem.code}`, problem.detail)}
      </p>
      <p><a href="${page.href('/consultations')}">${page.t('consultations.list.title')}</a></p>`,
  });
};
