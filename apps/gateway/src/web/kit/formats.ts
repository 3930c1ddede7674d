import type { Language } from './languages';

/** The locale each language formats numbers, money and dates in. */
const LOCALES: Record<Language, string> = {
  en: 'en-GB',
  ar: 'ar',
  fa: 'fa-IR',
  uk: 'uk-UA',
  fr: 'fr-FR',
};

/** Numbers, money and dates as a reader of `language` writes them. */
export class Formats {
  private readonly locale: string;

  constructor(language: Language) {
    this.locale = LOCALES[language];
  }

  number(value: number): string {
    return new Intl.NumberFormat(this.locale).format(value);
  }

  money(amount: number, currency: string): string {
    return new Intl.NumberFormat(this.locale, {
      style: 'currency',
      currency,
      maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    }).format(amount);
  }

  percent(fraction: number): string {
    return new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 0 }).format(
      fraction,
    );
  }

  date(iso: string): string {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'long' }).format(new Date(iso));
  }

  dateTime(iso: string): string {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(iso),
    );
  }
}
