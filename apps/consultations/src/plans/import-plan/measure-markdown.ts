import { RuleViolated } from '@commonplan/kernel';
import { measureContent, type MeasureContent } from '../measure';

/** One line of the Markdown file, with its 1-based number so errors can name it. */
export interface SourceLine {
  readonly line: number;
  readonly text: string;
}

const LIST_LINE = /^(?:[-*+]|\d{1,9}[.)])\s/;

/**
 * Markdown prose as plain paragraphs: a paragraph's soft-wrapped lines are joined with a space,
 * paragraphs are separated by a blank line, and list lines keep their own line.
 */
export const prose = (lines: readonly SourceLine[]): string | null => {
  const paragraphs: string[][] = [[]];
  for (const { text } of lines) {
    const trimmed = text.trim();
    if (trimmed === '') paragraphs.push([]);
    else paragraphs.at(-1)!.push(trimmed);
  }
  const joined = paragraphs
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) =>
      paragraph.reduce(
        (text, line) => (text === '' ? line : `${text}${LIST_LINE.test(line) ? '\n' : ' '}${line}`),
        '',
      ),
    );
  return joined.length > 0 ? joined.join('\n\n') : null;
};

const FIELD =
  /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(department|budget|target groups|indicators)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.*)$/i;

const AMOUNT = String.raw`(\d{1,3}(?:[ ,\u00a0]\d{3})+|\d+)(?:\.(\d{1,2}))?`;
const CURRENCY = String.raw`([A-Z]{3}|€)`;
const AMOUNT_FIRST = new RegExp(`^${AMOUNT}\\s*${CURRENCY}$`);
const CURRENCY_FIRST = new RegExp(`^${CURRENCY}\\s*${AMOUNT}$`);

/**
 * "12000 EUR", "EUR 12,000.50", "12 000 €": whole minor units, taken as hundredths as in every
 * currency of the cities this serves. "12.000" or "12,5" could be read two ways and are refused.
 */
export const budgetOf = (value: string, line: number): NonNullable<MeasureContent['budget']> => {
  const text = value.trim();
  const amountFirst = AMOUNT_FIRST.exec(text);
  const currencyFirst = amountFirst ? null : CURRENCY_FIRST.exec(text);
  const [whole, cents, currency] = amountFirst
    ? [amountFirst[1]!, amountFirst[2], amountFirst[3]!]
    : currencyFirst
      ? [currencyFirst[2]!, currencyFirst[3], currencyFirst[1]!]
      : [];
  if (whole === undefined || currency === undefined)
    throw new RuleViolated(
      'plan.unparsable-budget',
      `line ${line}: a budget is an amount and a currency, like "Budget: 12000 EUR"`,
      { line },
    );
  const minor = BigInt(whole.replace(/[ ,\u00a0]/g, '')) * 100n + BigInt((cents ?? '').padEnd(2, '0'));
  return { amount: minor.toString(), currency: currency === '€' ? 'EUR' : currency };
};

const list = (value: string): string[] =>
  value
    .split(';')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'esp',
  'cf',
  'incl',
  'approx',
  'no',
  'nr',
  'art',
  'vs',
  'st',
]);
const TITLE_LENGTH = 120;

/** Titles are plain text: a link keeps its words, emphasis loses its marks. */
const plain = (markdown: string): string =>
  markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*|__/g, '');

/** The first sentence: a full stop after an abbreviation or before a lower-case word ends none. */
const firstSentence = (text: string): string => {
  const paragraph = plain(text.split('\n')[0]!);
  for (const end of paragraph.matchAll(/[.!?](?=\s|$)/g)) {
    const word = /[\p{L}.]*$/u.exec(paragraph.slice(0, end.index))![0].toLowerCase();
    const next = paragraph.slice(end.index + 1).trimStart();
    if (ABBREVIATIONS.has(word) || /^\p{Ll}/u.test(next)) continue;
    return paragraph.slice(0, end[0] === '.' ? end.index : end.index + 1);
  }
  return paragraph;
};

const shortened = (sentence: string): string => {
  if (sentence.length <= TITLE_LENGTH) return sentence;
  const cut = sentence.slice(0, TITLE_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(]+$/, '')}…`;
};

const BOLD_LEAD = /^(?:\*\*|__)(.+?)(?:\*\*|__)/;

/** A bold lead ("**Language cafés.** …") is the title; without one, the first sentence is. */
const titleOf = (text: string): string => {
  const lead = BOLD_LEAD.exec(text)?.[1]?.trim().replace(/[.:]$/, '');
  return lead || shortened(firstSentence(text));
};

/**
 * A numbered item and the lines under it, up to the next item or heading, as a measure. Lines such
 * as `Department: …`, `Budget: …`, `Target groups: a; b`, `Indicators: x; y` fill those fields and
 * are not part of the text; the rest, the number's line included, is.
 */
export const measureOf = (first: SourceLine, rest: readonly SourceLine[]): MeasureContent => {
  const fields = new Map<string, string>();
  let budget: MeasureContent['budget'] = null;
  const textLines = [first];
  for (const line of rest) {
    const field = FIELD.exec(line.text);
    if (!field) {
      textLines.push(line);
      continue;
    }
    const name = field[1]!.toLowerCase();
    if (fields.has(name))
      throw new RuleViolated('plan.repeated-field', `line ${line.line}: a measure has one ${field[1]} line`, {
        line: line.line,
      });
    fields.set(name, field[2]!.trim());
    if (name === 'budget') budget = budgetOf(field[2]!, line.line);
  }
  const text = prose(textLines) ?? '';
  const content: MeasureContent = {
    title: text === '' ? '' : titleOf(text),
    text,
    department: fields.get('department') || null,
    budget,
    targetGroups: list(fields.get('target groups') ?? ''),
    indicators: list(fields.get('indicators') ?? ''),
  };
  const parsed = measureContent.parse(content);
  if (!parsed.ok)
    throw new RuleViolated('plan.invalid-measure', `line ${first.line}: ${parsed.issues[0]!.message}`, {
      line: first.line,
      issues: parsed.issues,
    });
  return content;
};
