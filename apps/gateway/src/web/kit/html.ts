/** Markup that is already escaped: only `html` and `raw` make one, so text can never become markup by accident. */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

/** Interpolated values: text is escaped, `SafeHtml` kept, arrays joined, `false`/`null`/`undefined` dropped. */
export type Markup = SafeHtml | string | number | boolean | null | undefined | readonly Markup[];

const render = (value: Markup): string => {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return (value as readonly Markup[]).map(render).join('');
  return escapeHtml(String(value));
};

export const html = (strings: TemplateStringsArray, ...values: readonly Markup[]): SafeHtml =>
  new SafeHtml(
    strings.reduce(
      (out, part, index) => out + part + (index < values.length ? render(values[index]) : ''),
      '',
    ),
  );

/** For markup this code wrote itself (a catalogue string with `<strong>`), never for input. */
export const raw = (markup: string): SafeHtml => new SafeHtml(markup);
