import { errorSummary, field, type FormErrors } from '../kit/forms';
import { html, type SafeHtml } from '../kit/html';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import { radioGroup, selectField } from '../office/office-fields';
import { PLAN_KINDS, type ListedPlan } from './office-consultations.api';
import { languageName } from '../kit/localized-text';

export interface ImportForm {
  readonly markdown: string;
  readonly kind: string;
  readonly language: string;
}

const PLAN_LANGUAGES = ['en', 'ar', 'fa', 'uk', 'fr', 'hr', 'de', 'it', 'sl'];

export const importPlanPage = (page: PageContext, errors: FormErrors, form?: ImportForm): SafeHtml =>
  layout(page, {
    title: page.t('office-consultations.import.title'),
    main: html`<p>
        <a href="${page.href('/office/consultations')}">${page.t('office-consultations.list.title')}</a>
      </p>
      <h1>${page.t('office-consultations.import.title')}</h1>
      <p>${page.t('office-consultations.import.intro')}</p>
      ${errorSummary(page, errors)}
      <form method="post" action="${page.href('/office/consultations/plans/new')}" novalidate>
        ${radioGroup(errors, {
          name: 'kind',
          legend: page.t('office-consultations.import.kind'),
          value: form?.kind ?? 'action-plan',
          choices: PLAN_KINDS.map((kind) => ({
            value: kind,
            label: page.t(`office-consultations.kind.${kind}`),
          })),
        })}
        ${selectField(errors, {
          name: 'language',
          label: page.t('office-consultations.import.language'),
          value: form?.language ?? page.language,
          choices: PLAN_LANGUAGES.map((tag) => ({ value: tag, label: languageName(page, tag) })),
        })}
        ${field(errors, {
          name: 'markdown',
          label: page.t('office-consultations.import.markdown'),
          hint: page.t('office-consultations.import.markdown-hint'),
          value: form?.markdown,
          multiline: true,
          required: true,
        })}
        <button type="submit">${page.t('office-consultations.import.submit')}</button>
      </form>`,
  });

/** A drafted plan before it is put to anyone: its outline, and the one step that makes it version 1. */
export const planPage = (
  page: PageContext,
  plan: ListedPlan & { readonly sections: number; readonly measures: number },
  errors: FormErrors,
): SafeHtml =>
  layout(page, {
    title: page.t('office-consultations.plan.title'),
    main: html`<p>
        <a href="${page.href('/office/consultations')}">${page.t('office-consultations.list.title')}</a>
      </p>
      <h1>${page.t('office-consultations.plan.title')}</h1>
      ${errorSummary(page, errors)}
      <dl class="facts">
        <dt>${page.t('office-consultations.plan.name')}</dt>
        <dd><span lang="${plan.language}" dir="auto">${plan.title}</span></dd>
        <dt>${page.t('office-consultations.import.kind')}</dt>
        <dd>${page.t(`office-consultations.kind.${plan.kind}`)}</dd>
        <dt>${page.t('office-consultations.plan.outline')}</dt>
        <dd>
          ${page.t('office-consultations.plan.counts', {
            sections: plan.sections,
            measures: plan.measures,
          })}
        </dd>
      </dl>
      ${
        plan.latestVersion === null
          ? html`<form
              method="post"
              action="${page.href(`/office/consultations/plans/${plan.planId}/versions`)}"
            >
              <p>${page.t('office-consultations.plan.publish-hint')}</p>
              <button type="submit">${page.t('office-consultations.plan.publish')}</button>
            </form>`
          : html`<p class="status" role="status">
                ${page.t('office-consultations.plan.published', { version: plan.latestVersion })}
              </p>
              <p>
                <a class="button" href="${page.href(`/office/consultations/new?plan=${plan.planId}`)}"
                  >${page.t('office-consultations.open.title')}</a
                >
              </p>`
      }`,
  });
