import { LANGUAGES, type Language } from './languages';

/** One slice's UI strings in one language; `{name}` marks a value filled in at render time. */
export type Catalogue<K extends string> = Readonly<Record<K, string>>;

/** The same keys in every language: a key missing in one language fails the typecheck. */
export type Catalogues<K extends string> = Readonly<Record<Language, Catalogue<K>>>;

export const defineMessages = <K extends string>(
  en: Catalogue<K>,
  others: Readonly<Record<Exclude<Language, 'en'>, Catalogue<K>>>,
): Catalogues<K> => ({ en, ...others });

export type MessageParams = Readonly<Record<string, string | number>>;

/** A key no catalogue holds is a bug: rendering the page fails, and so does every test that renders it. */
export class MissingMessage extends Error {
  constructor(key: string, language: Language) {
    super(`no message "${key}" in the ${language} catalogue`);
    this.name = 'MissingMessage';
  }
}

/** Every slice's catalogues merged per language; a key defined by two slices is refused at start. */
export class MessageBook {
  private readonly byLanguage: ReadonlyMap<Language, ReadonlyMap<string, string>>;

  constructor(catalogues: readonly Catalogues<string>[]) {
    const merged = new Map<Language, Map<string, string>>(LANGUAGES.map((language) => [language, new Map()]));
    for (const catalogue of catalogues) {
      for (const language of LANGUAGES) {
        const target = merged.get(language)!;
        for (const [key, text] of Object.entries(catalogue[language])) {
          if (target.has(key)) throw new Error(`message "${key}" is defined twice`);
          target.set(key, text);
        }
      }
    }
    this.byLanguage = merged;
  }

  has(language: Language, key: string): boolean {
    return this.byLanguage.get(language)!.has(key);
  }

  keys(language: Language): readonly string[] {
    return [...this.byLanguage.get(language)!.keys()];
  }

  text(language: Language, key: string, params: MessageParams = {}): string {
    const template = this.byLanguage.get(language)!.get(key);
    if (template === undefined) throw new MissingMessage(key, language);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  }
}
