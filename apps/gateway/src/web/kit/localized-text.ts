import { html, type SafeHtml } from './html';
import type { PageContext } from './page-context';

/** Text people wrote, in several languages, the one it was written in marked as the original. */
export interface LocalizedText {
  readonly original: string;
  readonly texts: Readonly<Record<string, string>>;
}

/** One of those texts as a page shows it: in which language, and whether that is the original. */
export interface ShownText {
  readonly text: string;
  readonly language: string;
  readonly original: boolean;
}

/** The language of a tag without its region or script: `ar` for `ar-SY`. */
const primaryOf = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/** A language as the reader calls it ("arabe" for a French reader), for tags beyond the site's five too. */
export const languageName = (page: PageContext, tag: string): string => {
  try {
    return new Intl.DisplayNames([page.language], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
};

/**
 * The text in the reader's language if someone wrote or translated it into it (a regional variant
 * such as `ar-SY` will do for an Arabic reader), else as it was written.
 */
export const shownIn = (page: PageContext, text: LocalizedText): ShownText => {
  const language =
    text.texts[page.language] !== undefined
      ? page.language
      : (Object.keys(text.texts).find((tag) => primaryOf(tag) === page.language) ?? text.original);
  return { text: text.texts[language] ?? '', language, original: language === text.original };
};

/**
 * What a reader must be told about text shown to them, so a translation never passes for what the
 * author wrote: that it is a translation, or that it is the original in a language not theirs.
 */
export type Standing = 'translation' | 'other-language';

/** A slice's words for a text's standing, naming languages as it chooses; undefined says nothing. */
export type StandingWords = (standing: Standing) => string | undefined;

/**
 * Words for each standing from a slice's catalogue, each naming `language` in the reader's language;
 * a standing without a key is not mentioned.
 */
export const standingWords =
  (page: PageContext, keys: Partial<Record<Standing, string>>, language: string): StandingWords =>
  (standing) => {
    const key = keys[standing];
    return key === undefined ? undefined : page.t(key, { language: languageName(page, language) });
  };

const standingOf = (
  page: PageContext,
  shown: Pick<ShownText, 'language' | 'original'>,
): Standing | undefined => {
  if (!shown.original) return 'translation';
  return primaryOf(shown.language) === page.language ? undefined : 'other-language';
};

/** The text in an element carrying its own language, its direction left to the browser. */
export const inOwnLanguage = (shown: Pick<ShownText, 'text' | 'language'>): SafeHtml =>
  html`<span lang="${shown.language}" dir="auto">${shown.text}</span>`;

/** The badge set after a text to say its standing; nothing when the reader reads their own language's original. */
export const languageBadge = (
  page: PageContext,
  shown: ShownText,
  words: StandingWords,
): SafeHtml | undefined => {
  const standing = standingOf(page, shown);
  const said = standing && words(standing);
  return said ? html` <span class="badge">${said}</span>` : undefined;
};

/** Text people wrote, in its own language and direction, and the badge that says its standing. */
export const writtenText = (page: PageContext, shown: ShownText, words: StandingWords): SafeHtml =>
  html`${inOwnLanguage(shown)}${languageBadge(page, shown, words)}`;
