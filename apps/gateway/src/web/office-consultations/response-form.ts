import { field, type FormErrors } from '../kit/forms';
import { html, type SafeHtml } from '../kit/html';
import type { PageContext } from '../kit/page-context';
import { checkboxGroup, radioGroup, selectField } from '../office/office-fields';
import { RESPONSE_STATUSES, type Amendment, type DraftedResponse } from './office-consultations.api';
import type { Measure } from '../consultations-api.views';
import { languageName } from '../kit/localized-text';
import type { Posted } from './posted-form';

export const RESPONSE_FIELDS = [
  'status',
  'reason',
  'respondingUnit',
  'amendmentIds',
  'noAmendmentNeededBecause',
];

export interface ResponseFormContext {
  readonly languages: readonly string[];
  /** Standing amendments an accepting response may cite, with the measure each changes. */
  readonly amendments: readonly { readonly amendment: Amendment; readonly measure?: Measure }[];
}

const textOf = (
  text: { readonly original: string; readonly texts: Readonly<Record<string, string>> } | null,
) => text?.texts[text.original] ?? '';

/**
 * The fields of one response, named within `scope`, filled from what was posted, else from the draft
 * it replaces: a redraft starts from the words already written.
 */
export const responseFields = (
  page: PageContext,
  errors: FormErrors,
  scope: string,
  context: ResponseFormContext,
  posted: Posted,
  draft?: DraftedResponse | null,
): SafeHtml => {
  const name = (field: string) => `${scope}-${field}`;
  const sent = posted.text(name('status')) !== '';
  const value = (field: string, drafted: string) => (sent ? posted.text(name(field)) : drafted);
  return html`${radioGroup(errors, {
    name: name('status'),
    legend: page.t('office-consultations.response.status'),
    value: value('status', draft?.status ?? ''),
    choices: RESPONSE_STATUSES.map((status) => ({
      value: status,
      label: page.t(`office-consultations.response.${status}`),
    })),
  })}
  ${selectField(errors, {
    name: name('language'),
    label: page.t('office-consultations.response.language'),
    value: value('language', draft?.reason?.original ?? context.languages[0] ?? page.language),
    choices: context.languages.map((tag) => ({ value: tag, label: languageName(page, tag) })),
  })}
  ${field(errors, {
    name: name('reason'),
    label: page.t('office-consultations.response.reason'),
    hint: page.t('office-consultations.response.reason-hint'),
    value: value('reason', textOf(draft?.reason ?? null)),
    multiline: true,
  })}
  ${field(errors, {
    name: name('respondingUnit'),
    label: page.t('office-consultations.response.unit'),
    value: value('respondingUnit', draft?.respondingUnit ?? ''),
    required: true,
  })}
  ${
    context.amendments.length > 0 &&
    checkboxGroup(errors, {
      name: name('amendmentIds'),
      legend: page.t('office-consultations.response.amendments'),
      values: sent ? posted.list(name('amendmentIds')) : [...(draft?.amendmentIds ?? [])],
      choices: context.amendments.map(({ amendment, measure }) => ({
        value: amendment.amendmentId,
        label: page.t('office-consultations.amendment.of-measure', { number: measure?.number ?? '?' }),
      })),
    })
  }
  ${field(errors, {
    name: name('noAmendmentNeededBecause'),
    label: page.t('office-consultations.response.no-amendment'),
    hint: page.t('office-consultations.response.no-amendment-hint'),
    value: value('noAmendmentNeededBecause', textOf(draft?.noAmendmentNeededBecause ?? null)),
  })}`;
};

/** The API's body for a response posted in `scope`: texts in the language the officer chose. */
export const responseBody = (posted: Posted, scope: string) => {
  const name = (field: string) => `${scope}-${field}`;
  const language = posted.text(name('language'));
  const text = (field: string) => {
    const written = posted.text(name(field));
    return written === '' ? undefined : { original: language, texts: { [language]: written } };
  };
  return {
    status: posted.text(name('status')),
    respondingUnit: posted.text(name('respondingUnit')),
    amendmentIds: posted.list(name('amendmentIds')),
    reason: text('reason'),
    noAmendmentNeededBecause: text('noAmendmentNeededBecause'),
  };
};
