import type { MeasureFieldValue, ShownText } from './outcome-report';
import { labelsFor, type OutcomeLabels } from './outcome-report.labels';

/** Scripts written right to left; a page or a passage in one of these gets `dir="rtl"`. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi']);

const primary = (language: string): string => language.split('-')[0]!.toLowerCase();

export const directionOf = (language: string): 'rtl' | 'ltr' =>
  RIGHT_TO_LEFT.has(primary(language)) ? 'rtl' : 'ltr';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every text from the log goes through here: a comment is data, never markup. */
export const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/**
 * How the page writes text: content in another language than the page's is marked with its language
 * and direction, so screen readers switch voice and right-to-left text lays out right.
 */
export class Page {
  readonly labels: OutcomeLabels;
  private readonly labelLanguage: string;

  constructor(readonly language: string) {
    const catalogue = labelsFor(language);
    this.labels = catalogue.labels;
    this.labelLanguage = catalogue.language;
  }

  /** The attributes `text` in `language` needs on its element, empty when it is the page's own. */
  attributes(language: string): string {
    return primary(language) === primary(this.language)
      ? ''
      : ` lang="${escape(language)}" dir="${directionOf(language)}"`;
  }

  in(language: string, text: string): string {
    const attributes = this.attributes(language);
    return attributes === '' ? escape(text) : `<span${attributes}>${escape(text)}</span>`;
  }

  /** A word of the page itself, from the catalogue, marked when the catalogue is not in the page's language. */
  label(text: string): string {
    return this.in(this.labelLanguage, text);
  }

  /** A text shown in the reader's language, or in its original, which is then said to be one. */
  shown(text: ShownText): string {
    const body = this.in(text.language, text.text);
    if (primary(text.language) !== primary(this.language))
      return `${body} <small>(${this.label(this.labels.original)}, ${escape(text.language)})</small>`;
    return text.original ? body : `${body} <small>(${this.label(this.labels.translation)})</small>`;
  }
}

/** The whole minutes of an ISO time in UTC, which is how the log records every time. */
export const time = (iso: string): string => {
  const normal = new Date(iso).toISOString();
  return `<time datetime="${normal}">${normal.slice(0, 10)} ${normal.slice(11, 16)} UTC</time>`;
};

const digitsByCurrency = new Map<string, number>();

/** Digits after the decimal point (EUR 2, JPY 0), as ISO 4217 gives them; asked once per currency. */
const fractionDigits = (currency: string): number => {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
};

/** Minor units as the amount reads, "12000000" EUR as "120000.00 EUR", without floating point. */
export const money = (amount: string, currency: string): string => {
  const digits = fractionDigits(currency);
  if (digits === 0) return `${amount} ${currency}`;
  const padded = amount.padStart(digits + 1, '0');
  return `${padded.slice(0, -digits)}.${padded.slice(-digits)} ${currency}`;
};

/** A measure's field as a cell's content, in the plan's language. */
export const fieldValue = (page: Page, value: MeasureFieldValue | null, language: string): string => {
  if (value === null || (Array.isArray(value) && value.length === 0)) return '—';
  if (typeof value === 'string') return page.in(language, value);
  if (Array.isArray(value)) return page.in(language, value.join('; '));
  return escape(money(value.amount, value.currency));
};

/** A table with a caption, column headers and, in each row, a header cell naming the row. */
export const table = (
  caption: string,
  columns: readonly string[],
  rows: readonly (readonly [heading: string, ...cells: string[]])[],
  rowId?: (index: number) => string,
): string[] => [
  '<table>',
  `<caption>${caption}</caption>`,
  `<thead><tr>${columns.map((column) => `<th scope="col">${column}</th>`).join('')}</tr></thead>`,
  '<tbody>',
  ...rows.map(
    ([heading, ...cells], index) =>
      `<tr${rowId ? ` id="${rowId(index)}"` : ''}><th scope="row">${heading}</th>${cells
        .map((cell) => `<td>${cell}</td>`)
        .join('')}</tr>`,
  ),
  '</tbody>',
  '</table>',
];
