import { html, type SafeHtml } from '../kit/html';
import {
  inOwnLanguage,
  languageBadge,
  shownIn,
  standingWords,
  type LocalizedText,
} from '../kit/localized-text';
import type { PageContext } from '../kit/page-context';

const STANDING_KEYS = { translation: 'budgets.translated', 'other-language': 'budgets.written-in' } as const;

/**
 * Text people wrote, in an element carrying its own language and direction, and marked when the
 * reader sees a translation or a language other than their own.
 */
export const content = (
  page: PageContext,
  text: LocalizedText,
  element: 'span' | 'p' | 'h1' | 'h2' | 'h3' = 'span',
  /** A link to the text's own page; the mark stays outside it, so the link's name is the text alone. */
  href?: string,
): SafeHtml => {
  const shown = shownIn(page, text);
  const span = inOwnLanguage(shown);
  const body = href ? html`<a href="${href}">${span}</a>` : span;
  const badge = languageBadge(page, shown, standingWords(page, STANDING_KEYS, text.original));
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
