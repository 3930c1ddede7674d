import { LANGUAGE_TAG, type Issue, type Schema } from '@commonplan/kernel';

/**
 * Text in several languages with the one it was written in marked, so a translation never passes for
 * the original. Unlike a free-form map, every key is a language tag, every text is non-empty, and the
 * original is among them: an answer to a comment that only exists in translation answers nobody.
 */
export interface LocalizedText {
  readonly original: string;
  readonly texts: Readonly<Record<string, string>>;
}

const MAX_TEXT = 20_000;

const issue = (field: string, rule: string, message: string): Issue => ({ field, rule, message });
const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

const textIssues = (texts: unknown, path: string): Issue[] => {
  if (typeof texts !== 'object' || texts === null || Array.isArray(texts))
    return [issue(path, 'object', `${path} must map language tags to texts`)];
  return Object.entries(texts).flatMap(([language, text]) => {
    const field = join(path, language);
    if (!LANGUAGE_TAG.test(language)) return [issue(field, 'language-tag', `${field} is not a language tag`)];
    if (typeof text !== 'string' || text.trim() === '' || text.length > MAX_TEXT)
      return [issue(field, 'text', `${field} must be a text of 1 to ${MAX_TEXT} characters`)];
    return [];
  });
};

const localizedTextIssues = (input: unknown, path: string): Issue[] => {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return [issue(path, 'object', `${path || 'value'} must be an object`)];
  const { original, texts, ...rest } = input as Record<string, unknown>;
  const unknown = Object.keys(rest).map((key) =>
    issue(join(path, key), 'unknown', `${join(path, key)} is not allowed`),
  );
  const originalField = join(path, 'original');
  if (typeof original !== 'string' || !LANGUAGE_TAG.test(original))
    return [...unknown, issue(originalField, 'language-tag', `${originalField} must be a language tag`)];
  const found = textIssues(texts, join(path, 'texts'));
  if (found.length === 0 && typeof (texts as Record<string, unknown>)[original] !== 'string')
    found.push(issue(join(path, 'texts'), 'original-text', `${join(path, 'texts')} must hold the original`));
  return [...unknown, ...found];
};

export const localizedText: Schema<LocalizedText> = {
  parse: (input, path = '') => {
    const issues = localizedTextIssues(input, path);
    return issues.length > 0 ? { ok: false, issues } : { ok: true, value: input as LocalizedText };
  },
  optional: false,
};
