import { errorSummary, field, type FormErrors } from '../kit/forms';
import { html, type SafeHtml } from '../kit/html';
import { LANGUAGES } from '../kit/languages';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import type { ConsultationDetail } from './consultations.api';
import { CONTRIBUTOR_TYPES, type PlanVersion } from '../consultations-api.views';
import { targetValue, type FormTarget } from './comment-target';
import { languageName, shownIn } from '../kit/localized-text';
import { localizedInline, measureIn, targetLabel } from './written-text';

/** What the reader filled in, kept when the form comes back refused. */
export interface CommentDraft {
  readonly quote: string;
  readonly start: string;
  readonly end: string;
  readonly text: string;
  readonly language: string;
  readonly contributorType: string;
  readonly organisationName: string;
  readonly named: boolean;
}

export const emptyDraft = (page: PageContext): CommentDraft => ({
  quote: '',
  start: '',
  end: '',
  text: '',
  language: page.language,
  contributorType: 'individual',
  organisationName: '',
  named: false,
});

const languageSelect = (
  page: PageContext,
  errors: FormErrors,
  consultation: ConsultationDetail,
  chosen: string,
): SafeHtml => {
  const tags = [...new Set([chosen, page.language, ...consultation.languages, ...LANGUAGES])];
  const error = errors.byField.get('language');
  return html`<div class="field${error ? ' field-error' : ''}">
    <label for="field-language">${page.t('consultations.form.language')}</label>
    ${error && html`<p class="error" id="field-language-error">${error}</p>`}
    <select
      id="field-language"
      name="language"
      ${error ? html` aria-invalid="true" aria-describedby="field-language-error"` : ''}
    >
      ${tags.map(
        (tag) =>
          html`<option value="${tag}" ${tag === chosen ? html` selected` : ''}>
            ${languageName(page, tag)}
          </option>`,
      )}
    </select>
  </div>`;
};

const contributorChoice = (page: PageContext, errors: FormErrors, draft: CommentDraft): SafeHtml => {
  const error = errors.byField.get('contributorType');
  return html`<fieldset
    id="field-contributorType"
    ${error ? html` aria-describedby="field-contributorType-error"` : ''}
  >
    <legend>${page.t('consultations.form.contributor')}</legend>
    ${error && html`<p class="error" id="field-contributorType-error">${error}</p>`}
    ${CONTRIBUTOR_TYPES.map(
      (type) =>
        html`<div class="choice">
          <input
            type="radio"
            name="contributorType"
            id="contributor-${type}"
            value="${type}"
            ${type === draft.contributorType ? html` checked` : ''}
          />
          <label for="contributor-${type}">${page.t(`consultations.contributor.${type}`)}</label>
        </div>`,
    )}
  </fieldset>`;
};

/** The measure's own text beside the passage field, to copy words from without a script. */
const measureContext = (page: PageContext, plan: PlanVersion, target: FormTarget): SafeHtml | undefined => {
  if (target.kind !== 'measure') return undefined;
  const measure = measureIn(plan, target.measureId)!;
  return html`<div class="panel">
    <p class="measure-text" lang="${plan.language}" dir="auto">${measure.text}</p>
  </div>`;
};

export interface CommentFormOptions {
  readonly consultation: ConsultationDetail;
  readonly plan: PlanVersion;
  readonly target: FormTarget;
  readonly draft: CommentDraft;
  readonly errors: FormErrors;
}

/** The form itself, offered only while the consultation takes comments. */
const commentForm = (page: PageContext, options: CommentFormOptions): SafeHtml => {
  const { consultation, plan, target, draft, errors } = options;
  const id = consultation.consultationId;
  return html`<form method="post" action="${page.href(`/consultations/${id}/comments`)}" novalidate>
    <input type="hidden" name="target" value="${targetValue(target)}" />
    ${
      target.kind === 'measure' &&
      html`<input type="hidden" name="start" value="${draft.start}" />
        <input type="hidden" name="end" value="${draft.end}" />
        ${field(errors, {
          name: 'quote',
          label: page.t('consultations.form.quote'),
          hint: page.t('consultations.form.quote-hint'),
          value: draft.quote,
          multiline: true,
          lang: plan.language,
        })}`
    }
    ${field(errors, {
      name: 'text',
      label: page.t('consultations.form.text'),
      hint: page.t('consultations.form.text-hint'),
      value: draft.text,
      multiline: true,
      required: true,
    })}
    ${languageSelect(page, errors, consultation, draft.language)} ${contributorChoice(page, errors, draft)}
    ${field(errors, {
      name: 'organisationName',
      label: page.t('consultations.form.organisation'),
      hint: page.t('consultations.form.organisation-hint'),
      value: draft.organisationName,
      autocomplete: 'organization',
    })}
    <div class="choice">
      <input
        type="checkbox"
        name="publishedAs"
        id="field-publishedAs"
        value="named"
        aria-describedby="field-publishedAs-hint"
        ${draft.named ? html` checked` : ''}
      />
      <label for="field-publishedAs">${page.t('consultations.form.named')}</label>
    </div>
    <p class="hint" id="field-publishedAs-hint">${page.t('consultations.form.anonymous-hint')}</p>
    <p class="actions"><button type="submit">${page.t('consultations.form.submit')}</button></p>
  </form>`;
};

export const commentFormPage = (page: PageContext, options: CommentFormOptions): SafeHtml => {
  const { consultation, plan, target, errors } = options;
  const id = consultation.consultationId;
  return layout(page, {
    title: `${page.t('consultations.form.title')} · ${shownIn(page, consultation.title).text}`,
    main: html`<p>
        <a href="${page.href(`/consultations/${id}`)}">${localizedInline(page, consultation.title)}</a>
      </p>
      <h1>${page.t('consultations.form.title')}</h1>
      <p>${page.t('consultations.form.about')} ${targetLabel(page, target, plan)}</p>
      ${errorSummary(page, errors)} ${measureContext(page, plan, target)}
      ${
        consultation.status === 'open'
          ? commentForm(page, options)
          : html`<p class="status">${page.t('problem.comment.outside-period')}</p>`
      }`,
  });
};

export const commentTakenPage = (page: PageContext, consultation: ConsultationDetail): SafeHtml =>
  layout(page, {
    title: page.t('consultations.taken.title'),
    main: html`<h1>${page.t('consultations.taken.title')}</h1>
      <p role="status">${page.t('consultations.taken.body')}</p>
      <ul>
        <li>
          <a href="${page.href(`/consultations/${consultation.consultationId}`)}"
            >${page.t('consultations.taken.back')}</a
          >
        </li>
        <li><a href="${page.href('/me/comments')}">${page.t('consultations.taken.mine')}</a></li>
      </ul>`,
  });
