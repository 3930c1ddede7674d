import { html, type SafeHtml } from '../kit/html';
import {
  languageBadge,
  shownIn,
  standingWords,
  writtenText,
  type LocalizedText,
} from '../kit/localized-text';
import type { PageContext } from '../kit/page-context';

/**
 * Text people wrote, in its own language and direction; when the reader sees it in another language
 * than it was written in, or it is a translation, a badge says which language is the original.
 */
export const contentText = (
  page: PageContext,
  text: LocalizedText,
  options: { block?: boolean } = {},
): SafeHtml => {
  const shown = shownIn(page, text);
  const key = 'budget-outcomes.original-language';
  const words = standingWords(page, { translation: key, 'other-language': key }, text.original);
  if (!options.block) return writtenText(page, shown, words);
  const paragraphs = shown.text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
  const badge = languageBadge(page, shown, words);
  return html`<div lang="${shown.language}" dir="auto">
      ${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
    </div>
    ${badge && html`<p class="meta">${badge}</p>`}`;
};
