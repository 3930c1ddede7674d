import { errorSummary, field, type FormErrors } from '../kit/forms';
import { html, type SafeHtml } from '../kit/html';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import { checkboxGroup, selectField } from '../office/office-fields';
import type { Amendment } from './office-consultations.api';
import type { ConsultationData } from './consultation-view.loader';
import { localized, measuresOf, stateOf } from './office-consultations.view';
import type { Posted } from './posted-form';

const EXCERPT = 80;

const excerpt = (text: string): string => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

const numberOf = (data: ConsultationData, commentId: string): number =>
  data.comments.findIndex((comment) => comment.commentId === commentId) + 1;

const amendmentItem = (
  page: PageContext,
  data: ConsultationData,
  amendment: Amendment,
  open: boolean,
): SafeHtml => {
  const measure = measuresOf(data.plan).find((candidate) => candidate.measureId === amendment.measureId);
  const action = `/office/consultations/${data.consultation.consultationId}/amendments/${amendment.amendmentId}/withdrawal`;
  return html`<li>
    <h3>
      ${page.t('office-consultations.amendment.of-measure', { number: measure?.number ?? '?' })}
      ${amendment.withdrawn && html`<span class="badge">${page.t('office-consultations.amendment.withdrawn')}</span>`}
    </h3>
    ${measure && html`<p><del lang="${data.plan.language}" dir="auto">${measure.text}</del></p>`}
    ${amendment.content && html`<p><ins lang="${data.plan.language}" dir="auto">${amendment.content.text}</ins></p>`}
    <p class="meta">
      ${
        amendment.motivatedBy.length === 0
          ? page.t('office-consultations.amendment.from-elsewhere')
          : page.t('office-consultations.amendment.cites', {
              comments: amendment.motivatedBy.map((id) => numberOf(data, id)).join(', '),
            })
      }
    </p>
    ${
      open &&
      !amendment.withdrawn &&
      html`<form method="post" action="${page.href(action)}">
        <button type="submit" class="secondary">
          ${page.t('office-consultations.amendment.withdraw')}<span class="visually-hidden">
            · ${page.t('office-consultations.amendment.of-measure', { number: measure?.number ?? '?' })}</span
          >
        </button>
      </form>`
    }
  </li>`;
};

export const amendmentsPage = (
  page: PageContext,
  data: ConsultationData,
  errors: FormErrors,
  posted: Posted,
): SafeHtml => {
  const { consultation } = data;
  const base = `/office/consultations/${consultation.consultationId}`;
  const open = !consultation.outcomePublishedAt;
  const citable = data.comments.filter(
    (comment) => stateOf(comment) === 'unanswered' || stateOf(comment) === 'answered',
  );
  return layout(page, {
    title: page.t('office-consultations.amendments.title'),
    main: html`<p>${localized(page, consultation.title, page.href(base))}</p>
      <h1>${page.t('office-consultations.amendments.title')}</h1>
      ${errorSummary(page, errors)}
      <h2>${page.t('office-consultations.amendments.proposed')}</h2>
      ${
        data.amendments.length === 0
          ? html`<p>${page.t('office-consultations.amendments.none')}</p>`
          : html`<ul class="cards">
              ${data.amendments.map((amendment) => amendmentItem(page, data, amendment, open))}
            </ul>`
      }
      ${
        open &&
        html`<h2>${page.t('office-consultations.amendments.new')}</h2>
          <form method="post" action="${page.href(`${base}/amendments`)}" novalidate>
            ${selectField(errors, {
              name: 'measureId',
              label: page.t('office-consultations.amendments.measure'),
              value: posted.text('measureId'),
              choices: measuresOf(data.plan).map((measure) => ({
                value: measure.measureId,
                label: `${page.t('office-consultations.target.measure', { number: measure.number })} ${measure.title}`,
              })),
            })}
            ${field(errors, {
              name: 'title',
              label: page.t('office-consultations.amendments.new-title'),
              hint: page.t('office-consultations.amendments.new-title-hint'),
              value: posted.text('title'),
              lang: data.plan.language,
            })}
            ${field(errors, {
              name: 'text',
              label: page.t('office-consultations.amendments.new-text'),
              value: posted.text('text'),
              multiline: true,
              required: true,
              lang: data.plan.language,
            })}
            ${
              citable.length > 0 &&
              checkboxGroup(errors, {
                name: 'motivatedBy',
                legend: page.t('office-consultations.amendments.cited'),
                hint: page.t('office-consultations.amendments.cited-hint'),
                values: posted.list('motivatedBy'),
                choices: citable.map((comment) => ({
                  value: comment.commentId,
                  label: `${page.t('office-consultations.comment.number', { number: numberOf(data, comment.commentId) })}: ${excerpt(comment.text ?? '')}`,
                })),
              })
            }
            ${field(errors, {
              name: 'originExplanation',
              label: page.t('office-consultations.amendments.elsewhere'),
              hint: page.t('office-consultations.amendments.elsewhere-hint'),
              value: posted.text('originExplanation'),
            })}
            <button type="submit">${page.t('office-consultations.amendments.submit')}</button>
          </form>`
      }`,
  });
};
