import {
  Validate,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { localizedText } from './localized-text';

@ValidatorConstraint({ name: 'localized-text' })
class LocalizedTextRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return localizedText.parse(value).ok;
  }

  defaultMessage(args: ValidationArguments): string {
    const parsed = localizedText.parse(args.value, args.property);
    return parsed.ok ? '' : parsed.issues.map((issue) => issue.message).join('; ');
  }
}

/**
 * A text in several languages with its original marked ({ original, texts }), checked by the same
 * rules as the events that keep it.
 */
export const IsLocalizedText = (): PropertyDecorator => Validate(LocalizedTextRule);
