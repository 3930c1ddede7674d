import { MalformedPabulib } from './pabulib.errors';

/** One record of a .pb file: its `;`-separated fields and the line it starts on (from 1). */
export interface TextRow {
  readonly line: number;
  readonly fields: readonly string[];
}

export type LineEnding = '\r\n' | '\n';

const countLines = (text: string, from: number, to: number): number => {
  let lines = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
};

/**
 * Splits .pb text into records, as Python's csv module reads it with `delimiter=';'` (what Pabulib
 * and pabutools use): a field that starts with `"` runs to the closing quote, `""` inside is one
 * quote, and it may span lines. Lines end in CRLF or LF. Blank lines are skipped.
 */
export const readRows = (text: string): { rows: TextRow[]; lineEnding: LineEnding } => {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstBreak = body.indexOf('\n');
  const lineEnding: LineEnding = firstBreak > 0 && body[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  const rows: TextRow[] = [];
  let [at, line] = [0, 1];
  while (at < body.length) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      if (body[at] === '"') {
        let value = '';
        for (at++; ;) {
          const close = body.indexOf('"', at);
          if (close === -1) throw new MalformedPabulib(start, 'quote', 'a quoted field is never closed');
          value += body.slice(at, close);
          line += countLines(body, at, close);
          at = close + 1;
          if (body[at] !== '"') break;
          value += '"';
          at++;
        }
        fields.push(value);
      } else {
        let end = at;
        while (end < body.length && body[end] !== ';' && body[end] !== '\n' && body[end] !== '\r') end++;
        fields.push(body.slice(at, end));
        at = end;
      }
      if (body[at] === ';') {
        at++;
        continue;
      }
      if (at < body.length && body[at] !== '\n' && body[at] !== '\r')
        throw new MalformedPabulib(line, 'quote', 'a closing quote must end its field');
      at += body.startsWith('\r\n', at) ? 2 : at < body.length ? 1 : 0;
      line++;
      break;
    }
    if (fields.length > 1 || fields[0] !== '') rows.push({ line: start, fields });
  }
  return { rows, lineEnding };
};

const NEEDS_QUOTES = /[;"\r\n]/;

/** A record as the csv module writes it: quoted only where a field holds `;`, `"` or a line break. */
export const writeRow = (fields: readonly string[]): string =>
  fields.map((field) => (NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(';');
