import type { FormErrors } from '../kit/forms';
import type { PageContext } from '../kit/page-context';
import type { ApiProblem } from '../kit/platform-api';

/** The API's field (`title.texts`, `place.latitude`) as the form's field that holds it. */
const FORM_FIELDS: readonly [RegExp, string][] = [
  [/^(title|description)\.original/, 'language'],
  [/^title/, 'title'],
  [/^description/, 'description'],
  [/^category/, 'category'],
  [/^district/, 'district'],
  [/^costEstimate/, 'cost'],
  [/^place\.name/, 'placeName'],
  [/^place\.latitude/, 'latitude'],
  [/^place\.longitude/, 'longitude'],
  [/^place/, 'placeName'],
];

/** Refusals that name no field, in the reader's language. */
const REFUSALS: Readonly<Record<string, string>> = {
  'cycle.not-taking-proposals': 'project-proposals.refused.closed',
  'session.missing': 'project-proposals.refused.sign-in',
  'access.role-missing': 'project-proposals.refused.residents-only',
};

/**
 * One message per field, saying what that field needs in the reader's language: the API's rule names
 * (`matches`, `texts-in-languages`) mean little to someone proposing a playground.
 */
export const proposalErrorsOf = (page: PageContext, problem: ApiProblem): FormErrors => {
  const byField = new Map<string, string>();
  const general: string[] = [];
  for (const issue of problem.errors) {
    const field = FORM_FIELDS.find(([pattern]) => pattern.test(issue.field))?.[1];
    if (!field) general.push(issue.message);
    else if (!byField.has(field)) byField.set(field, page.t(`project-proposals.invalid.${field}`));
  }
  if (problem.errors.length === 0) {
    const key = REFUSALS[problem.code];
    general.push(
      key ? page.t(key) : page.tOr(`problem.${problem.code}`, problem.detail || page.t('form.failed')),
    );
  }
  return { byField, general };
};

const SUPPORT_REFUSALS: Readonly<Record<string, string>> = {
  'support.not-eligible': 'project-proposals.supports.refused.not-eligible',
  'support.outside-supports-phase': 'project-proposals.supports.refused.closed',
  'project.merged-away': 'project-proposals.supports.refused.merged',
};

/** Why a support was not taken, whatever reasons the API lists with it. */
export const supportRefusalOf = (page: PageContext, problem: ApiProblem): string => {
  const key = SUPPORT_REFUSALS[problem.code];
  return key ? page.t(key) : (proposalErrorsOf(page, problem).general[0] ?? page.t('form.failed'));
};
