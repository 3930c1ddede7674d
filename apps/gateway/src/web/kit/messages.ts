import { Formats } from './formats';
import { LANGUAGES, type Language } from './languages';

/**
 * One slice's UI strings in one language. `{name}` marks a value filled in at render time; a
 * number that changes the wording is a plural block, `{count, plural, one {# comment} other {# comments}}`.
 */
export type Catalogue<K extends string> = Readonly<Record<K, string>>;

/** The same keys in every language: a key missing in one language fails the typecheck. */
export type Catalogues<K extends string> = Readonly<Record<Language, Catalogue<K>>>;

export const defineMessages = <K extends string>(
  en: Catalogue<K>,
  others: Readonly<Record<Exclude<Language, 'en'>, Catalogue<K>>>,
): Catalogues<K> => ({ en, ...others });

export type MessageParams = Readonly<Record<string, string | number>>;

/** The CLDR plural categories; which of them a language uses, `Intl.PluralRules` says. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** One plural block of a message: the parameter whose number picks the form, and the forms by category. */
export interface Plural {
  readonly parameter: string;
  readonly forms: Readonly<Partial<Record<PluralCategory, string>>>;
}

// The subset of ICU MessageFormat translators already know: forms by category, `#` the number, no nesting.
const PLURAL_BLOCK = /\{(\w+),\s*plural,((?:\s*\w+\s*\{[^{}]*(?:\{\w+\}[^{}]*)*\})+)\s*\}/g;
const FORM = /(\w+)\s*\{([^{}]*(?:\{\w+\}[^{}]*)*)\}/g;

const isCategory = (name: string): name is PluralCategory =>
  (PLURAL_CATEGORIES as readonly string[]).includes(name);

/** The plural blocks of a message; a malformed one is refused, so a typo fails at start, not on a page. */
export const pluralsIn = (message: string): readonly Plural[] => {
  const plurals = [...message.matchAll(PLURAL_BLOCK)].map(([, parameter, body]) => {
    const forms: Partial<Record<PluralCategory, string>> = {};
    for (const [, category, text] of body!.matchAll(FORM)) {
      if (!isCategory(category!)) throw new Error(`"${category}" is no plural category in "${message}"`);
      forms[category] = text!;
    }
    if (forms.other === undefined) throw new Error(`a plural block without "other" in "${message}"`);
    return { parameter: parameter!, forms };
  });
  if (/\{\w+,\s*plural,/.test(message.replace(PLURAL_BLOCK, '')))
    throw new Error(`a malformed plural block in "${message}"`);
  return plurals;
};

/** A key no catalogue holds is a bug: rendering the page fails, and so does every test that renders it. */
export class MissingMessage extends Error {
  constructor(key: string, language: Language) {
    super(`no message "${key}" in the ${language} catalogue`);
    this.name = 'MissingMessage';
  }
}

/** A plural message asked for without its number, or with the number already written out, is a bug too. */
export class MissingCount extends Error {
  constructor(key: string, parameter: string) {
    super(`message "${key}" needs the number "${parameter}" to choose its plural form`);
    this.name = 'MissingCount';
  }
}

interface Speech {
  readonly messages: Map<string, string>;
  readonly plurals: Intl.PluralRules;
  readonly format: Formats;
}

/** Every slice's catalogues merged per language; a key defined by two slices is refused at start. */
export class MessageBook {
  private readonly byLanguage: ReadonlyMap<Language, Speech>;

  constructor(catalogues: readonly Catalogues<string>[]) {
    const merged = new Map<Language, Speech>(
      LANGUAGES.map((language) => [
        language,
        { messages: new Map(), plurals: new Intl.PluralRules(language), format: new Formats(language) },
      ]),
    );
    for (const catalogue of catalogues) {
      for (const language of LANGUAGES) {
        const target = merged.get(language)!.messages;
        for (const [key, text] of Object.entries(catalogue[language])) {
          if (target.has(key)) throw new Error(`message "${key}" is defined twice`);
          pluralsIn(text);
          target.set(key, text);
        }
      }
    }
    this.byLanguage = merged;
  }

  has(language: Language, key: string): boolean {
    return this.byLanguage.get(language)!.messages.has(key);
  }

  keys(language: Language): readonly string[] {
    return [...this.byLanguage.get(language)!.messages.keys()];
  }

  /** The message as the catalogue writes it, plural blocks and all. */
  template(language: Language, key: string): string {
    const template = this.byLanguage.get(language)!.messages.get(key);
    if (template === undefined) throw new MissingMessage(key, language);
    return template;
  }

  text(language: Language, key: string, params: MessageParams = {}): string {
    const { plurals, format } = this.byLanguage.get(language)!;
    const numbers: Record<string, string> = {};
    const chosen = this.template(language, key).replace(PLURAL_BLOCK, (block, parameter: string) => {
      const count = params[parameter];
      // A written-out number ("١٢", "1 234") cannot be read back reliably, so the kit writes it itself.
      if (typeof count !== 'number') throw new MissingCount(key, parameter);
      numbers[parameter] = format.number(count);
      const { forms } = pluralsIn(block)[0]!;
      return (forms[plurals.select(count)] ?? forms.other!).replaceAll('#', numbers[parameter]);
    });
    return fill(chosen, { ...params, ...numbers });
  }
}

const fill = (template: string, params: MessageParams): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
