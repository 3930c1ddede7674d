import type { Request } from 'express';
import type { FormErrors } from '../kit/forms';
import { formList, formText } from '../kit/form-body';

/** What a refused form sent, so the page shows it again as typed; empty on a first visit. */
export interface Posted {
  text(name: string): string;
  list(name: string): string[];
}

export const NOTHING_POSTED: Posted = { text: () => '', list: () => [] };

export const postedOf = (request: Request): Posted => ({
  text: (name) => formText(request, name),
  list: (name) => formList(request, name),
});

/**
 * A page with several forms scopes each form's fields (`r-<comment>-reason`), so ids stay unique and
 * the API's refusal lands beside the field of the form that was sent.
 */
export const scopedErrors = (errors: FormErrors, scope: string): FormErrors => ({
  byField: new Map([...errors.byField].map(([name, message]) => [`${scope}-${name}`, message])),
  general: errors.general,
});

export const hasErrorsIn = (errors: FormErrors, scope: string): boolean =>
  [...errors.byField.keys()].some((name) => name.startsWith(`${scope}-`));
