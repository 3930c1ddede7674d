import type { Badge } from '@commonplan/kernel';
import type { Principal } from '@commonplan/nest';
import { Formats } from './formats';
import { directionOf, type Language } from './languages';
import type { MessageBook, MessageParams } from './messages';

/** Everything a page needs to know about who reads it and in which language. */
export class PageContext {
  readonly direction: 'rtl' | 'ltr';
  readonly format: Formats;

  constructor(
    readonly language: Language,
    private readonly book: MessageBook,
    /** The address after the language, with its query: `/budgets/42?district=north`. */
    readonly path: string,
    readonly principal: Principal | undefined,
    /** The API session token of the reader, to call the API in their name. */
    readonly token: string | undefined,
  ) {
    this.direction = directionOf(language);
    this.format = new Formats(language);
  }

  t(key: string, params?: MessageParams): string {
    return this.book.text(this.language, key, params);
  }

  /** The same message if the catalogue has it, else `fallback` (text the API wrote, in English). */
  tOr(key: string, fallback: string, params?: MessageParams): string {
    return this.book.has(this.language, key) ? this.book.text(this.language, key, params) : fallback;
  }

  /** An address inside the site, in the reader's language. */
  href(path: string): string {
    return `/${this.language}${path === '/' ? '' : path}`;
  }

  /** This very page in another language. */
  hrefIn(language: Language): string {
    return `/${language}${this.path === '/' ? '' : this.path}`;
  }

  get signedIn(): boolean {
    return this.principal !== undefined;
  }

  holds(...badges: readonly Badge[]): boolean {
    return badges.some((badge) => this.principal?.badges.has(badge) ?? false);
  }

  get isResident(): boolean {
    return this.holds('resident', 'council-member');
  }

  get isStaff(): boolean {
    return this.holds(
      'officer:budgeting',
      'officer:consultations',
      'officer:council',
      'moderator',
      'administrator',
    );
  }
}
