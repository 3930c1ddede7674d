import type { Request } from 'express';
import { formList, formText } from '../kit/form-body';
import type { FormErrors } from '../kit/forms';
import type { PageContext } from '../kit/page-context';
import { minorUnitsOf, westernDigits } from '../kit/money';

/**
 * Reads a posted form into what the API takes, noting each field that cannot be read (a word where
 * a number goes) in the reader's language, so the API is asked only with what the officer meant.
 */
export class FormReading {
  private readonly refusals = new Map<string, string>();

  constructor(
    private readonly request: Request,
    private readonly page: PageContext,
  ) {}

  /** The officer's session, to call the API in their name. */
  get token(): string | undefined {
    return this.page.token;
  }

  text(name: string): string {
    return formText(this.request, name);
  }

  /** Every ticked value of a group of checkboxes. */
  list(name: string): string[] {
    return formList(this.request, name);
  }

  /** A whole number, or `undefined` when the field is left empty or cannot be read. */
  whole(name: string): number | undefined {
    const typed = westernDigits(this.text(name));
    if (typed === '') return undefined;
    if (/^\d{1,15}$/.test(typed)) return Number(typed);
    this.refuse(name, 'office-budgets.problem.whole-number');
    return undefined;
  }

  /** A number with decimals ("12.5", "12,5"), or `undefined`. */
  decimal(name: string): number | undefined {
    const typed = westernDigits(this.text(name)).replace(',', '.');
    if (typed === '') return undefined;
    if (/^\d{1,15}(\.\d{1,6})?$/.test(typed)) return Number(typed);
    this.refuse(name, 'office-budgets.problem.number');
    return undefined;
  }

  /** An amount in minor units, or `undefined` (noted as a refusal when something was typed). */
  money(name: string, currency: string): string | undefined {
    const typed = this.text(name);
    if (typed === '') return undefined;
    const minor = minorUnitsOf(typed, currency);
    if (minor === undefined) this.refuse(name, 'office-budgets.problem.amount');
    return minor;
  }

  /** The field must not be empty. */
  required(name: string): string {
    const typed = this.text(name);
    if (typed === '') this.refuse(name, 'office-budgets.problem.required');
    return typed;
  }

  refuse(name: string, key: string): void {
    if (!this.refusals.has(name)) this.refusals.set(name, this.page.t(key));
  }

  /** What could not be read, or `undefined` when the form may go to the API. */
  get errors(): FormErrors | undefined {
    return this.refusals.size > 0 ? { byField: new Map(this.refusals), general: [] } : undefined;
  }

  /** Every field as posted, to fill the form in again. */
  get values(): Readonly<Record<string, string | readonly string[]>> {
    return (this.request.body ?? {}) as Record<string, string | readonly string[]>;
  }
}
