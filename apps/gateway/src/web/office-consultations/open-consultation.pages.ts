import { errorSummary, field, type FormErrors } from '../kit/forms';
import { html, type SafeHtml } from '../kit/html';
import { layout } from '../kit/layout';
import { LANGUAGES } from '../kit/languages';
import type { PageContext } from '../kit/page-context';
import { checkboxGroup, radioGroup, selectField } from '../office/office-fields';
import { WHO_MAY_COMMENT, type ListedPlan } from './office-consultations.api';
import { languageName } from '../kit/localized-text';
import { TIME_ZONE } from './office-consultations.view';

export interface OpenForm {
  readonly plan: string;
  readonly title: string;
  readonly explanation: string;
  readonly textLanguage: string;
  readonly opensAt: string;
  readonly closesAt: string;
  readonly languages: readonly string[];
  readonly whoMayComment: string;
}

/** A published plan's latest version is what is put to consultation: `planId:version`. */
export const planChoice = (plan: ListedPlan): string => `${plan.planId}:${plan.latestVersion}`;

const languagesOffered = (plans: readonly ListedPlan[]): string[] => [
  ...new Set([...LANGUAGES, ...plans.map((plan) => plan.language)]),
];

const timeField = (
  page: PageContext,
  errors: FormErrors,
  name: 'opensAt' | 'closesAt',
  value: string,
): SafeHtml =>
  html`${field(errors, {
    name,
    label: page.t(`office-consultations.open.${name}`),
    hint: page.t(`office-consultations.open.${name}-hint`, { zone: TIME_ZONE }),
    type: 'datetime-local',
    value,
  })}`;

export const openConsultationPage = (
  page: PageContext,
  plans: readonly ListedPlan[],
  errors: FormErrors,
  form: OpenForm,
): SafeHtml => {
  const published = plans.filter((plan) => plan.latestVersion !== null);
  return layout(page, {
    title: page.t('office-consultations.open.title'),
    main: html`<p>
        <a href="${page.href('/office/consultations')}">${page.t('office-consultations.list.title')}</a>
      </p>
      <h1>${page.t('office-consultations.open.title')}</h1>
      ${errorSummary(page, errors)}
      ${
        published.length === 0
          ? html`<p>
              ${page.t('office-consultations.open.no-plans')}
              <a href="${page.href('/office/consultations/plans/new')}"
                >${page.t('office-consultations.import.title')}</a
              >
            </p>`
          : html`<form method="post" action="${page.href('/office/consultations/new')}" novalidate>
              ${selectField(errors, {
                name: 'plan',
                label: page.t('office-consultations.open.plan'),
                value: form.plan,
                choices: published.map((plan) => ({
                  value: planChoice(plan),
                  label: page.t('office-consultations.open.plan-version', {
                    title: plan.title,
                    version: plan.latestVersion!,
                  }),
                })),
              })}
              ${selectField(errors, {
                name: 'textLanguage',
                label: page.t('office-consultations.open.text-language'),
                value: form.textLanguage,
                choices: languagesOffered(plans).map((tag) => ({
                  value: tag,
                  label: languageName(page, tag),
                })),
              })}
              ${field(errors, { name: 'title', label: page.t('office-consultations.open.name'), value: form.title, required: true })}
              ${field(errors, {
                name: 'explanation',
                label: page.t('office-consultations.open.explanation'),
                hint: page.t('office-consultations.open.explanation-hint'),
                value: form.explanation,
                multiline: true,
                required: true,
              })}
              ${timeField(page, errors, 'opensAt', form.opensAt)}
              ${timeField(page, errors, 'closesAt', form.closesAt)}
              ${checkboxGroup(errors, {
                name: 'languages',
                legend: page.t('office-consultations.open.languages'),
                hint: page.t('office-consultations.open.languages-hint'),
                values: form.languages,
                choices: languagesOffered(plans).map((tag) => ({
                  value: tag,
                  label: languageName(page, tag),
                })),
              })}
              ${radioGroup(errors, {
                name: 'whoMayComment',
                legend: page.t('office-consultations.open.who'),
                value: form.whoMayComment,
                choices: WHO_MAY_COMMENT.map((who) => ({
                  value: who,
                  label: page.t(`office-consultations.who.${who}`),
                })),
              })}
              <button type="submit">${page.t('office-consultations.open.submit')}</button>
            </form>`
      }`,
  });
};
