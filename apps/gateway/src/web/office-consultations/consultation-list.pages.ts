import { html, type SafeHtml } from '../kit/html';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import type { ConsultationSummary } from '../consultations-api.views';
import { localized } from './office-consultations.view';

export interface CountedConsultation {
  readonly consultation: ConsultationSummary;
  readonly comments: number;
  readonly unanswered: number;
}

const row = (page: PageContext, { consultation, comments, unanswered }: CountedConsultation): SafeHtml => {
  const base = `/office/consultations/${consultation.consultationId}`;
  return html`<tr>
    <th scope="row">${localized(page, consultation.title, page.href(base))}</th>
    <td>${page.t(`office-consultations.status.${consultation.status}`)}</td>
    <td>${page.format.date(consultation.opensAt)} – ${page.format.date(consultation.closesAt)}</td>
    <td class="number">${page.format.number(comments)}</td>
    <td class="number">${page.format.number(unanswered)}</td>
    <td>
      <ul class="inline-list">
        <li>
          <a href="${page.href(`${base}/amendments/new`)}"
            >${page.t('office-consultations.amendments.short')}</a
          >
        </li>
        <li>
          <a href="${page.href(`${base}/outcome/new`)}">${page.t('office-consultations.outcome.short')}</a>
        </li>
      </ul>
    </td>
  </tr>`;
};

export const consultationListPage = (
  page: PageContext,
  consultations: readonly CountedConsultation[],
): SafeHtml =>
  layout(page, {
    title: page.t('office-consultations.list.title'),
    main: html`<p><a href="${page.href('/office')}">${page.t('office-consultations.office')}</a></p>
      <h1>${page.t('office-consultations.list.title')}</h1>
      <ul class="actions">
        <li>
          <a class="button" href="${page.href('/office/consultations/plans/new')}"
            >${page.t('office-consultations.import.title')}</a
          >
        </li>
        <li>
          <a class="button secondary" href="${page.href('/office/consultations/new')}"
            >${page.t('office-consultations.open.title')}</a
          >
        </li>
      </ul>
      ${
        consultations.length === 0
          ? html`<p>${page.t('office-consultations.list.none')}</p>`
          : html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="consultations-caption">
              <table>
                <caption id="consultations-caption">
                  ${page.t('office-consultations.list.caption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${page.t('office-consultations.list.consultation')}</th>
                    <th scope="col">${page.t('office-consultations.list.status')}</th>
                    <th scope="col">${page.t('office-consultations.list.period')}</th>
                    <th scope="col" class="number">${page.t('office-consultations.list.comments')}</th>
                    <th scope="col" class="number">${page.t('office-consultations.list.unanswered')}</th>
                    <th scope="col">${page.t('office-consultations.list.work')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${consultations.map((counted) => row(page, counted))}
                </tbody>
              </table>
            </div>`
      }`,
  });
