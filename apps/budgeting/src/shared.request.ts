import { LANGUAGE_TAG } from '@commonplan/kernel';
import {
  IsObject,
  Matches,
  Validate,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';

@ValidatorConstraint({ name: 'texts-in-languages' })
class TextsInLanguages implements ValidatorConstraintInterface {
  validate(texts: unknown, args: ValidationArguments): boolean {
    if (typeof texts !== 'object' || texts === null) return false;
    const entries = Object.entries(texts);
    const original = (args.object as { original?: unknown }).original;
    return (
      entries.length > 0 &&
      entries.length <= 30 &&
      entries.every(
        ([tag, text]) =>
          LANGUAGE_TAG.test(tag) && typeof text === 'string' && text.length > 0 && text.length <= 10_000,
      ) &&
      typeof original === 'string' &&
      original in texts
    );
  }

  defaultMessage(): string {
    return 'texts maps language tags to non-empty texts and holds the original language';
  }
}

/** Text in several languages, the language it was written in marked as the original. */
export class LocalizedTextRequest {
  @Matches(LANGUAGE_TAG, { message: 'original must be a language tag such as ar, fa or pt-BR' })
  original!: string;

  @IsObject()
  @Validate(TextsInLanguages)
  texts!: Record<string, string>;
}

/** Whole minor units (cents) as digits: budgets outgrow what a JSON number holds exactly. */
export const MINOR_UNITS = /^\d{1,18}$/;
export const MINOR_UNITS_MESSAGE =
  'amounts are whole minor units (cents) written as digits, e.g. "500000000"';
