import { html, type SafeHtml } from '../kit/html';
import type { PageContext } from '../kit/page-context';
import type { LocalizedText } from './budgeting-views';

/** A language's name as the reader of the page calls it ("arabe" for a French reader). */
export const languageName = (page: PageContext, tag: string): string => {
  try {
    return new Intl.DisplayNames([page.language], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
};

/** The reader's language if someone wrote or translated the text into it, else the original. */
const chosen = (page: PageContext, text: LocalizedText): { language: string; value: string } => {
  const own = text.texts[page.language];
  if (own) return { language: page.language, value: own };
  return { language: text.original, value: text.texts[text.original] ?? Object.values(text.texts)[0] ?? '' };
};

/**
 * Text people wrote, in its own language and direction; when the reader sees it in another language
 * than it was written in, or it is a translation, a badge says which language is the original.
 */
export const contentText = (
  page: PageContext,
  text: LocalizedText,
  options: { block?: boolean } = {},
): SafeHtml => {
  const { language, value } = chosen(page, text);
  const badge =
    language !== page.language || text.original !== page.language
      ? html` <span class="badge"
          >${page.t('budget-outcomes.original-language', { language: languageName(page, text.original) })}</span
        >`
      : undefined;
  if (!options.block) return html`<span lang="${language}" dir="auto">${value}</span>${badge}`;
  const paragraphs = value.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
  return html`<div lang="${language}" dir="auto">
      ${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
    </div>
    ${badge && html`<p class="meta">${badge}</p>`}`;
};

/** How many minor units make a unit: cents for EUR, none for JPY. */
export const fractionDigitsOf = (currency: string): number =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** The API counts money in whole minor units (cents); people read it in the currency's own units. */
export const moneyOf = (page: PageContext, minorUnits: string | number, currency: string): string =>
  page.format.money(Number(minorUnits) / 10 ** fractionDigitsOf(currency), currency);
