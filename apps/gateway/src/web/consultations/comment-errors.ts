import type { FormErrors } from '../kit/forms';
import type { PageContext } from '../kit/page-context';
import type { ApiProblem } from '../kit/platform-api';

/** The form's fields, and which of the API's fields each one answers for. */
const FIELD_OF: Readonly<Record<string, string>> = {
  text: 'text',
  language: 'language',
  contributorType: 'contributorType',
  organisationName: 'organisationName',
  target: 'quote',
};

const formFieldOf = (apiField: string): string | undefined => FIELD_OF[apiField.split(/[.[]/)[0]!];

/**
 * The API's refusal beside the field it is about. A domain rule (`comment.not-for-organisation`) says
 * it in its own words; a shape rule (`isLength`) gets the field's own advice, which says what to write.
 */
export const commentErrorsOf = (page: PageContext, problem: ApiProblem): FormErrors => {
  const byField = new Map<string, string>();
  const general: string[] = [];
  for (const issue of problem.errors) {
    const field = formFieldOf(issue.field);
    const message = issue.rule.includes('.')
      ? page.tOr(`problem.${issue.rule}`, issue.message)
      : field
        ? page.t(`consultations.form.error.${field}`)
        : issue.message;
    if (field && !byField.has(field)) byField.set(field, message);
    else if (!field) general.push(message);
  }
  if (problem.errors.length === 0)
    general.push(page.tOr(`problem.${problem.code}`, problem.detail || page.t('form.failed')));
  return { byField, general };
};

export const passageNotFound = (page: PageContext): FormErrors => ({
  byField: new Map([['quote', page.t('consultations.form.error.quote')]]),
  general: [],
});
