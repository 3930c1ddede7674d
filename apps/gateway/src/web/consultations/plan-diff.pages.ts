import { html, type Markup, type SafeHtml } from '../kit/html';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import type { MeasureDifference, MeasureField, PlanDiff, PublicComment } from './consultations.api';
import type { Measure, PlanVersion } from '../consultations-api.views';
import { wordDiff } from './word-diff';
import { budgetOf, measureIn, writtenBlock } from './written-text';

const FIELDS: readonly MeasureField[] = [
  'title',
  'text',
  'department',
  'budget',
  'targetGroups',
  'indicators',
];

type FieldValue = Measure[MeasureField];

const valueOf = (page: PageContext, value: FieldValue | undefined): string => {
  if (value === null || value === undefined) return page.t('consultations.diff.nothing');
  if (typeof value === 'string') return value;
  if (Array.isArray(value))
    return value.length === 0 ? page.t('consultations.diff.nothing') : value.join('; ');
  return budgetOf(page, value as NonNullable<Measure['budget']>);
};

/** A text changed in a few words: those words struck through or underlined, and named for screen readers. */
const wordChange = (page: PageContext, before: string, after: string, language: string): SafeHtml =>
  html`<p class="word-diff" lang="${language}" dir="auto">
    ${wordDiff(before, after).map((part) =>
      part.kind === 'same'
        ? part.text
        : part.kind === 'removed'
          ? html`<del
              ><span class="visually-hidden" lang="${page.language}"
                >${page.t('consultations.diff.removed')}</span
              >${part.text}</del
            >`
          : html`<ins
              ><span class="visually-hidden" lang="${page.language}"
                >${page.t('consultations.diff.added')}</span
              >${part.text}</ins
            >`,
    )}
  </p>`;

/**
 * Before and after, each named in words, so the change reads without colour and to a screen reader
 * that does not announce `del` and `ins`; a text that stayed a text shows only the words that changed.
 */
const fieldChange = (
  page: PageContext,
  field: MeasureField,
  before: FieldValue | undefined,
  after: FieldValue | undefined,
  language: string,
): SafeHtml =>
  html`<div class="change">
    <h3>${page.t(`consultations.diff.field.${field}`)}</h3>
    ${
      typeof before === 'string' && typeof after === 'string'
        ? wordChange(page, before, after, language)
        : html`${
            before !== undefined &&
            html`<p>
              <strong>${page.t('consultations.diff.before')}</strong>
              <del lang="${language}" dir="auto">${valueOf(page, before)}</del>
            </p>`
          }
          ${
            after !== undefined &&
            html`<p>
              <strong>${page.t('consultations.diff.after')}</strong>
              <ins lang="${language}" dir="auto">${valueOf(page, after)}</ins>
            </p>`
          }`
    }
  </div>`;

const changesOf = (page: PageContext, difference: MeasureDifference, language: string): SafeHtml[] => {
  if (difference.kind === 'changed')
    return (difference.fields ?? []).map(({ field, before, after }) =>
      fieldChange(page, field, before, after, language),
    );
  const content = difference.kind === 'added' ? difference.after : difference.before;
  return FIELDS.map((field) =>
    difference.kind === 'added'
      ? fieldChange(page, field, undefined, content?.[field], language)
      : fieldChange(page, field, content?.[field], undefined, language),
  );
};

const titleOf = (difference: MeasureDifference, from: PlanVersion, to: PlanVersion): string =>
  (measureIn(to, difference.measureId) ?? measureIn(from, difference.measureId))?.title ??
  difference.after?.title ??
  difference.before?.title ??
  '';

const behind = (
  page: PageContext,
  difference: MeasureDifference,
  comments: ReadonlyMap<string, PublicComment>,
): Markup => {
  if (difference.commentIds.length === 0) return html`<p>${page.t('consultations.diff.no-comments')}</p>`;
  return html`<h3>${page.t('consultations.diff.comments')}</h3>
    <ul>
      ${difference.commentIds.map((commentId) => {
        const comment = comments.get(commentId);
        return html`<li>
          ${
            comment?.text
              ? writtenBlock(page, comment.text, comment.language ?? 'und')
              : html`<p>${page.t('consultations.diff.comment-not-shown')}</p>`
          }
        </li>`;
      })}
    </ul>`;
};

const differenceArticle = (
  page: PageContext,
  difference: MeasureDifference,
  plans: { readonly from: PlanVersion; readonly to: PlanVersion },
  comments: ReadonlyMap<string, PublicComment>,
): SafeHtml => {
  const language = plans.to.language;
  return html`<article class="difference" aria-labelledby="difference-${difference.measureId}">
    <h2 id="difference-${difference.measureId}">
      ${page.t('consultations.target.measure', { number: difference.number })}:
      <span lang="${language}" dir="auto">${titleOf(difference, plans.from, plans.to)}</span>
    </h2>
    <p class="meta">
      <span class="badge">${page.t(`consultations.diff.kind.${difference.kind}`)}</span>
      ${page.t('consultations.target.section')}
      <span lang="${language}" dir="auto">${difference.section.heading}</span>
    </p>
    <p>
      ${difference.amendments
        .map((amendment) =>
          page.t('consultations.diff.amendment', {
            kind: page.t(`consultations.amendment.${amendment.kind}`, { number: difference.number }),
            version: amendment.version,
          }),
        )
        .join(' ')}
    </p>
    ${changesOf(page, difference, language)} ${behind(page, difference, comments)}
  </article>`;
};

export const planDiffPage = (
  page: PageContext,
  diff: PlanDiff,
  plans: { readonly from: PlanVersion; readonly to: PlanVersion },
  comments: ReadonlyMap<string, PublicComment>,
): SafeHtml =>
  layout(page, {
    title: page.t('consultations.diff.title', { from: diff.from, to: diff.to }),
    main: html`<h1>${page.t('consultations.diff.title', { from: diff.from, to: diff.to })}</h1>
      <p lang="${plans.to.language}" dir="auto">${plans.to.title}</p>
      <p>${page.t('consultations.diff.intro', { count: diff.differences.length })}</p>
      <p class="hint">${page.t('consultations.diff.legend')}</p>
      ${diff.differences.map((difference) => differenceArticle(page, difference, plans, comments))}`,
  });
