import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES, type Language } from './kit/languages';
import { MessageBook, pluralsIn } from './kit/messages';
import { WEB_MESSAGES } from './web.messages';

const book = new MessageBook(WEB_MESSAGES);
const placeholdersOf = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)[},]/g)].map((match) => match[1]!))].sort();
const categoriesOf = (language: Language): string[] =>
  [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();

const sourcesUnder = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourcesUnder(file);
    return /\.ts$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) ? [file] : [];
  });

describe('the web message catalogues', () => {
  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    'in %s hold every English key, none empty, each with the same placeholders and plural numbers',
    (language) => {
      for (const key of book.keys('en')) {
        const text = book.template(language, key);
        const english = book.template('en', key);
        expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
        expect({ key, placeholders: placeholdersOf(text) }).toEqual({
          key,
          placeholders: placeholdersOf(english),
        });
        expect({ key, plurals: pluralsIn(text).map(({ parameter }) => parameter) }).toEqual({
          key,
          plurals: pluralsIn(english).map(({ parameter }) => parameter),
        });
      }
      expect(book.keys(language).length).toBe(book.keys('en').length);
    },
  );

  it.each(LANGUAGES)(
    'in %s give every plural exactly the forms the language has, none empty, all with the same placeholders',
    (language) => {
      const plurals = book
        .keys(language)
        .flatMap((key) => pluralsIn(book.template(language, key)).map((plural) => ({ key, ...plural })));
      expect(plurals.length).toBeGreaterThan(15);
      for (const { key, forms } of plurals) {
        expect({ key, forms: Object.keys(forms).sort() }).toEqual({ key, forms: categoriesOf(language) });
        expect({ key, numberInOther: forms.other!.includes('#') }).toEqual({ key, numberInOther: true });
        for (const [category, form] of Object.entries(forms)) {
          expect({ key, category, empty: form.trim() === '' }).toEqual({ key, category, empty: false });
          expect({ key, category, placeholders: placeholdersOf(form) }).toEqual({
            key,
            category,
            placeholders: placeholdersOf(forms.other!),
          });
        }
      }
    },
  );

  it('hold every key a page asks for by name', () => {
    const asked = sourcesUnder(__dirname).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-z0-9.-]+)'/g)].map((match) => ({
        file: path.relative(__dirname, file),
        key: match[1]!,
      })),
    );
    expect(asked.length).toBeGreaterThan(20);
    expect(asked.filter(({ key }) => !book.has('en', key))).toEqual([]);
  });

  it('are given the numbers their plurals choose by as numbers, for the kit to write out', () => {
    const plurals = new Map(
      book
        .keys('en')
        .map((key) => [key, pluralsIn(book.template('en', key)).map(({ parameter }) => parameter)]),
    );
    const writtenOut = sourcesUnder(__dirname).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-z0-9.-]+)',\s*\{([^}]*)\}/g)].flatMap(
        ([, key, params]) =>
          (plurals.get(key!) ?? [])
            .filter((parameter) => new RegExp(`\\b${parameter}:\\s*page\\.format\\.`).test(params!))
            .map((parameter) => ({ file: path.relative(__dirname, file), key, parameter })),
      ),
    );
    expect(writtenOut).toEqual([]);
  });

  it('refuse a key two slices define', () => {
    expect(() => new MessageBook([WEB_MESSAGES[0]!, WEB_MESSAGES[0]!])).toThrow(/defined twice/);
  });
});
