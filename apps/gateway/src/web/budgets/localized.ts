import { html, type SafeHtml } from '../kit/html';
import type { PageContext } from '../kit/page-context';
import type { LocalizedText } from './budgets.api';

/** The text in the reader's language if someone wrote or translated it, else as it was written. */
export const pick = (
  page: PageContext,
  text: LocalizedText,
): { readonly lang: string; readonly text: string } => {
  const own = text.texts[page.language];
  if (own !== undefined) return { lang: page.language, text: own };
  return { lang: text.original, text: text.texts[text.original] ?? Object.values(text.texts)[0] ?? '' };
};

/** A language's name in the reader's language: originals may be in any language, not just the site's five. */
export const languageName = (page: PageContext, tag: string): string => {
  try {
    return new Intl.DisplayNames([page.language], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
};

/**
 * Text people wrote, in an element carrying its own language and direction, and marked when the
 * reader sees a translation or a language other than their own, so a translation never passes for
 * what the author wrote.
 */
export const content = (
  page: PageContext,
  text: LocalizedText,
  element: 'span' | 'p' | 'h1' | 'h2' | 'h3' = 'span',
  /** A link to the text's own page; the mark stays outside it, so the link's name is the text alone. */
  href?: string,
): SafeHtml => {
  const shown = pick(page, text);
  const span = html`<span lang="${shown.lang}" dir="auto">${shown.text}</span>`;
  const body = href ? html`<a href="${href}">${span}</a>` : span;
  const mark =
    shown.lang !== text.original
      ? page.t('budgets.translated', { language: languageName(page, text.original) })
      : shown.lang !== page.language
        ? page.t('budgets.written-in', { language: languageName(page, text.original) })
        : undefined;
  const badge = mark && html` <span class="badge">${mark}</span>`;
  switch (element) {
    case 'span':
      return html`${body}${badge}`;
    case 'p':
      return html`<p>${body}${badge}</p>`;
    case 'h1':
      return html`<h1>${body}${badge}</h1>`;
    case 'h2':
      return html`<h2>${body}${badge}</h2>`;
    case 'h3':
      return html`<h3>${body}${badge}</h3>`;
  }
};

/** The first sentence or so of a description, for a list of projects. */
export const summaryOf = (text: string, length = 180): string =>
  text.length <= length ? text : `${text.slice(0, length).replace(/\s+\S*$/, '')}…`;
