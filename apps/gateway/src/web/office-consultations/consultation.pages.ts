import { errorSummary, field, type FormErrors } from '../kit/forms';
import { html, type SafeHtml } from '../kit/html';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import { selectField } from '../office/office-fields';
import type { Consultation, OfficerComment } from './office-consultations.api';
import type { PlanVersion } from '../consultations-api.views';
import { localized, stateOf, targetOf, written, type CommentState } from './office-consultations.view';
import { offlineCommentForm } from './offline-comment.form';
import { hasErrorsIn, type Posted } from './posted-form';
import { responseFields, type ResponseFormContext } from './response-form';

export const FILTERS = ['unanswered', 'answered', 'hidden', 'all'] as const;
export type Filter = (typeof FILTERS)[number];

export interface ConsultationView {
  readonly consultation: Consultation;
  readonly plan: PlanVersion;
  readonly comments: readonly OfficerComment[];
  readonly responses: ResponseFormContext;
  readonly filter: Filter;
}

const shows = (filter: Filter, state: CommentState): boolean => filter === 'all' || filter === state;

const numberOf = (view: ConsultationView, commentId: string): number =>
  view.comments.findIndex((comment) => comment.commentId === commentId) + 1;

const filters = (page: PageContext, view: ConsultationView): SafeHtml => {
  const base = `/office/consultations/${view.consultation.consultationId}`;
  const count = (filter: Filter) => view.comments.filter((comment) => shows(filter, stateOf(comment))).length;
  return html`<nav aria-label="${page.t('office-consultations.comments.filters')}" class="filters">
    <ul class="inline-list">
      ${FILTERS.map(
        (filter) =>
          html`<li>
            <a
              href="${page.href(`${base}?show=${filter}`)}"
              ${filter === view.filter ? html`aria-current="page"` : ''}
              >${page.t(`office-consultations.filter.${filter}`, { count: page.format.number(count(filter)) })}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
};

const draftShown = (page: PageContext, comment: OfficerComment): SafeHtml | undefined => {
  const response = comment.response ?? comment.draftResponse;
  if (!response) return undefined;
  return html`<div class="status">
    <p>
      <strong>${page.t(`office-consultations.response.${response.status}`)}</strong> ·
      <span dir="auto">${response.respondingUnit}</span>
    </p>
    ${response.reason && html`<p>${localized(page, response.reason)}</p>`}
  </div>`;
};

const commentForms = (
  page: PageContext,
  view: ConsultationView,
  comment: OfficerComment,
  errors: FormErrors,
  posted: Posted,
): SafeHtml => {
  const id = comment.commentId;
  const action = (rest: string) =>
    page.href(`/office/consultations/${view.consultation.consultationId}/comments/${id}/${rest}`);
  const others = view.comments.filter(
    (other) => other.commentId !== id && stateOf(other) !== 'withdrawn' && !other.hidden,
  );
  return html`<details ${hasErrorsIn(errors, `r-${id}`) ? html`open` : ''}>
      <summary>
        ${comment.draftResponse ? page.t('office-consultations.response.replace') : page.t('office-consultations.response.draft')}
      </summary>
      <form method="post" action="${action('response')}" novalidate>
        ${responseFields(page, errors, `r-${id}`, view.responses, posted, comment.draftResponse)}
        <button type="submit">${page.t('office-consultations.response.save')}</button>
      </form>
    </details>
    ${
      others.length > 0 &&
      html`<details ${hasErrorsIn(errors, `d-${id}`) ? html`open` : ''}>
        <summary>${page.t('office-consultations.duplicate.summary')}</summary>
        <form method="post" action="${action('duplicate-of')}" novalidate>
          ${selectField(errors, {
            name: `d-${id}-duplicateOf`,
            label: page.t('office-consultations.duplicate.of'),
            choices: others.map((other) => ({
              value: other.commentId,
              label: page.t('office-consultations.comment.number', {
                number: numberOf(view, other.commentId),
              }),
            })),
          })}
          <button type="submit" class="secondary">${page.t('office-consultations.duplicate.submit')}</button>
        </form>
      </details>`
    }
    ${
      page.holds('moderator') &&
      html`<details ${hasErrorsIn(errors, `h-${id}`) ? html`open` : ''}>
        <summary>${page.t('office-consultations.hide.summary')}</summary>
        <form method="post" action="${action('hiding')}" novalidate>
          ${field(errors, {
            name: `h-${id}-reason`,
            label: page.t('office-consultations.hide.reason'),
            hint: page.t('office-consultations.hide.reason-hint'),
            value: posted.text(`h-${id}-reason`),
            required: true,
          })}
          <button type="submit" class="danger">${page.t('office-consultations.hide.submit')}</button>
        </form>
      </details>`
    }`;
};

const commentCard = (
  page: PageContext,
  view: ConsultationView,
  comment: OfficerComment,
  errors: FormErrors,
  posted: Posted,
): SafeHtml => {
  const number = numberOf(view, comment.commentId);
  const state = stateOf(comment);
  const heading = `comment-${comment.commentId}`;
  const answerable = state === 'unanswered' || (state === 'answered' && !comment.duplicateOf);
  return html`<li>
    <article aria-labelledby="${heading}" class="comment">
      <h3 id="${heading}">
        ${page.t('office-consultations.comment.number', { number })}
        <span class="badge">${page.t(`office-consultations.state.${state}`)}</span>
      </h3>
      <p class="meta">
        ${page.format.dateTime(comment.receivedAt)}
        ${comment.channel && html`· ${page.t(`office-consultations.channel.${comment.channel}`)}`}
        ${comment.contributor && html`· ${page.t(`office-consultations.contributor.${comment.contributor.type}`)}`}
        ${comment.contributor?.organisationName && html`· <span dir="auto">${comment.contributor.organisationName}</span>`}
      </p>
      ${
        comment.hidden
          ? html`<p>
              ${page.t('office-consultations.comment.hidden')} ${localized(page, comment.hidden.reason)}
            </p>`
          : html`<p class="meta">${targetOf(page, comment.target, view.plan)}</p>
              <p class="written">${written(page, comment.text ?? '', comment.language ?? 'und')}</p>`
      }
      ${
        comment.duplicateOf &&
        html`<p>
          ${page.t('office-consultations.comment.duplicate-of', { number: numberOf(view, comment.duplicateOf) })}
        </p>`
      }
      ${draftShown(page, comment)}
      ${
        answerable &&
        !view.consultation.outcomePublishedAt &&
        html`<div class="choice">
            <input
              type="checkbox"
              form="bulk-response"
              name="commentIds"
              value="${comment.commentId}"
              id="select-${comment.commentId}"
              ${posted.list('commentIds').includes(comment.commentId) ? html`checked` : ''}
            />
            <label for="select-${comment.commentId}"
              >${page.t('office-consultations.bulk.select', { number })}</label
            >
          </div>
          ${commentForms(page, view, comment, errors, posted)}`
      }
    </article>
  </li>`;
};

const bulkForm = (page: PageContext, view: ConsultationView, errors: FormErrors, posted: Posted): SafeHtml =>
  html`<section aria-labelledby="bulk-heading" class="panel">
    <h2 id="bulk-heading">${page.t('office-consultations.bulk.title')}</h2>
    <p class="hint">${page.t('office-consultations.bulk.hint')}</p>
    <form
      method="post"
      id="bulk-response"
      action="${page.href(`/office/consultations/${view.consultation.consultationId}/response-groups`)}"
      novalidate
    >
      ${responseFields(page, errors, 'bulk', view.responses, posted)}
      <button type="submit">${page.t('office-consultations.bulk.submit')}</button>
    </form>
  </section>`;

export const consultationPage = (
  page: PageContext,
  view: ConsultationView,
  errors: FormErrors,
  posted: Posted,
): SafeHtml => {
  const { consultation } = view;
  const base = `/office/consultations/${consultation.consultationId}`;
  const shown = view.comments.filter((comment) => shows(view.filter, stateOf(comment)));
  const open = !consultation.outcomePublishedAt;
  return layout(page, {
    title: page.t('office-consultations.consultation.title'),
    main: html`<p>
        <a href="${page.href('/office/consultations')}">${page.t('office-consultations.list.title')}</a>
      </p>
      <h1>${localized(page, consultation.title)}</h1>
      <p class="meta">
        ${page.t(`office-consultations.status.${consultation.status}`)} ·
        ${page.format.dateTime(consultation.opensAt)} – ${page.format.dateTime(consultation.closesAt)}
      </p>
      <ul class="actions">
        <li>
          <a class="button secondary" href="${page.href(`${base}/amendments/new`)}"
            >${page.t('office-consultations.amendments.title')}</a
          >
        </li>
        <li>
          <a class="button secondary" href="${page.href(`${base}/outcome/new`)}"
            >${page.t('office-consultations.outcome.title')}</a
          >
        </li>
        <li>
          <a href="${page.href(`/consultations/${consultation.consultationId}`)}"
            >${page.t('office-consultations.public-page')}</a
          >
        </li>
      </ul>
      ${errorSummary(page, errors)}
      <h2>${page.t('office-consultations.comments.title')}</h2>
      ${filters(page, view)}
      ${
        shown.length === 0
          ? html`<p>${page.t('office-consultations.comments.none')}</p>`
          : html`<ol class="cards comments">
              ${shown.map((comment) => commentCard(page, view, comment, errors, posted))}
            </ol>`
      }
      ${open && shown.some((comment) => stateOf(comment) === 'unanswered' || stateOf(comment) === 'answered') && bulkForm(page, view, errors, posted)}
      ${open && offlineCommentForm(page, view.plan, consultation, errors, posted)}`,
  });
};
