/** The languages every page and message catalogue speaks; the first is the fallback. */
export const LANGUAGES = ['en', 'ar', 'fa', 'uk', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set(['ar', 'fa']);

export const directionOf = (language: Language): 'rtl' | 'ltr' =>
  RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';

/** Each language's own name, as the language switcher shows it to someone who reads only that one. */
export const ENDONYMS: Record<Language, string> = {
  en: 'English',
  ar: 'العربية',
  fa: 'فارسی',
  uk: 'Українська',
  fr: 'Français',
};

/** The best language an `Accept-Language` header asks for, else English. */
export const preferredLanguage = (acceptLanguage: string | undefined): Language => {
  const asked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((param) => param.trim().startsWith('q='));
      return { base: tag.toLowerCase().split('-')[0], weight: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight);
  return asked.map(({ base }) => base).find(isLanguage) ?? 'en';
};
