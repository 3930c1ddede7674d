import { languageName, type LocalizedText } from '../kit/localized-text';
import type { Language } from '../kit/languages';
import { MessageBook } from '../kit/messages';
import { PageContext } from '../kit/page-context';
import { WEB_MESSAGES } from '../web.messages';
import { localized } from './office-consultations.view';

const book = new MessageBook(WEB_MESSAGES);
const officer = (language: Language): PageContext =>
  new PageContext(language, book, '/', undefined, undefined);

const TITLE: LocalizedText = {
  original: 'en',
  texts: { en: 'Welcome plan for newcomers', ar: 'خطة الترحيب بالقادمين الجدد' },
};

describe('text given in several languages, on the officers’ pages', () => {
  it('says when the officer reads a translation, naming the original’s language', () => {
    const page = officer('ar');
    const badge = book.text('ar', 'office-consultations.translated', { language: languageName(page, 'en') });
    expect(localized(page, TITLE).markup).toBe(
      `<span lang="ar" dir="auto">خطة الترحيب بالقادمين الجدد</span> <span class="badge">${badge}</span>`,
    );
  });

  it('says nothing when the officer reads the original in their own language', () => {
    expect(localized(officer('en'), TITLE).markup).toBe(
      '<span lang="en" dir="auto">Welcome plan for newcomers</span>',
    );
  });

  it('keeps the badge outside a link, so the link is named by the text alone', () => {
    const page = officer('fr');
    const badge = book.text('fr', 'office-consultations.original', { language: languageName(page, 'en') });
    expect(localized(page, TITLE, '/fr/office/consultations/1').markup).toBe(
      `<a href="/fr/office/consultations/1"><span lang="en" dir="auto">Welcome plan for newcomers</span></a> <span class="badge">${badge}</span>`,
    );
  });
});
