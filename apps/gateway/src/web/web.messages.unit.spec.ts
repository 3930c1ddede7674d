import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES } from './kit/languages';
import { MessageBook } from './kit/messages';
import { WEB_MESSAGES } from './web.messages';

const book = new MessageBook(WEB_MESSAGES);
const placeholdersOf = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();

const sourcesUnder = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourcesUnder(file);
    return /\.ts$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) ? [file] : [];
  });

describe('the web message catalogues', () => {
  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    'in %s hold every English key, none empty, each with the same placeholders',
    (language) => {
      for (const key of book.keys('en')) {
        const text = book.text(language, key);
        expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
        expect({ key, placeholders: placeholdersOf(text) }).toEqual({
          key,
          placeholders: placeholdersOf(book.text('en', key)),
        });
      }
      expect(book.keys(language).length).toBe(book.keys('en').length);
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

  it('refuse a key two slices define', () => {
    expect(() => new MessageBook([WEB_MESSAGES[0]!, WEB_MESSAGES[0]!])).toThrow(/defined twice/);
  });
});
