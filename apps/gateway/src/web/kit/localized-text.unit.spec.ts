import { WEB_MESSAGES } from '../web.messages';
import { languageName, shownIn, standingWords, writtenText, type LocalizedText } from './localized-text';
import type { Language } from './languages';
import { MessageBook } from './messages';
import { PageContext } from './page-context';

const book = new MessageBook(WEB_MESSAGES);
const reader = (language: Language): PageContext =>
  new PageContext(language, book, '/', undefined, undefined);

const BENCHES: LocalizedText = {
  original: 'ar',
  texts: { ar: 'مقاعد على ضفة القناة', en: 'Benches by the canal' },
};

describe("people's text in the reader's language", () => {
  it('shows the reader their own language where someone wrote or translated it, else the original', () => {
    expect(shownIn(reader('en'), BENCHES)).toEqual({
      text: 'Benches by the canal',
      language: 'en',
      original: false,
    });
    expect(shownIn(reader('ar'), BENCHES)).toEqual({
      text: 'مقاعد على ضفة القناة',
      language: 'ar',
      original: true,
    });
    expect(shownIn(reader('fr'), BENCHES)).toEqual({
      text: 'مقاعد على ضفة القناة',
      language: 'ar',
      original: true,
    });
  });

  it('takes a regional variant of the reader’s language, and the plain language before it', () => {
    const text: LocalizedText = {
      original: 'en',
      texts: { en: 'Benches', 'fr-CA': 'Bancs (CA)', fr: 'Bancs' },
    };
    expect(shownIn(reader('fr'), text).language).toBe('fr');
    expect(shownIn(reader('fr'), { original: 'en', texts: { en: 'Benches', 'fr-CA': 'Bancs' } })).toEqual({
      text: 'Bancs',
      language: 'fr-CA',
      original: false,
    });
  });

  it('marks a translation and an original in another language, each in the slice’s own words', () => {
    const keys = { translation: 'budgets.translated', 'other-language': 'budgets.written-in' } as const;
    const render = (language: Language): string =>
      writtenText(
        reader(language),
        shownIn(reader(language), BENCHES),
        standingWords(reader(language), keys, 'ar'),
      ).markup;
    expect(render('en')).toBe(
      '<span lang="en" dir="auto">Benches by the canal</span> <span class="badge">Translation · original in Arabic</span>',
    );
    expect(render('fr')).toBe(
      '<span lang="ar" dir="auto">مقاعد على ضفة القناة</span> <span class="badge">Écrit en arabe</span>',
    );
    expect(render('ar')).toBe('<span lang="ar" dir="auto">مقاعد على ضفة القناة</span>');
  });

  it('says nothing of a standing the slice has no words for', () => {
    const page = reader('en');
    const words = standingWords(page, { 'other-language': 'office-consultations.original' }, 'en');
    expect(writtenText(page, shownIn(page, BENCHES), words).markup).toBe(
      '<span lang="en" dir="auto">Benches by the canal</span>',
    );
  });

  it('names languages beyond the site’s five, and keeps a tag Intl cannot name', () => {
    expect(languageName(reader('fr'), 'hr')).toBe('croate');
    expect(languageName(reader('en'), 'x-unknown-tag-!')).toBe('x-unknown-tag-!');
  });
});
