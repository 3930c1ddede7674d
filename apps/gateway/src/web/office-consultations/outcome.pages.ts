import { errorSummary, type FormErrors } from '../kit/forms';
import { html, type SafeHtml } from '../kit/html';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import type { ConsultationData } from './consultation-view.loader';
import { localized, stateOf, type CommentState } from './office-consultations.view';

const count = (data: ConsultationData, state: CommentState): number =>
  data.comments.filter((comment) => stateOf(comment) === state).length;

const summary = (page: PageContext, data: ConsultationData, caption: string): SafeHtml => {
  const standing = data.amendments.filter((amendment) => !amendment.withdrawn).length;
  const rows: [string, number][] = [
    [page.t('office-consultations.outcome.answered'), count(data, 'answered')],
    [page.t('office-consultations.outcome.unanswered'), count(data, 'unanswered')],
    [page.t('office-consultations.outcome.hidden'), count(data, 'hidden')],
    [page.t('office-consultations.outcome.withdrawn'), count(data, 'withdrawn')],
    [page.t('office-consultations.outcome.amendments'), standing],
    [page.t('office-consultations.outcome.amendments-withdrawn'), data.amendments.length - standing],
  ];
  return html`<table>
    <caption>
      ${caption}
    </caption>
    <tbody>
      ${rows.map(
        ([label, value]) =>
          html`<tr>
            <th scope="row">${label}</th>
            <td class="number">${page.format.number(value)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
};

/** What the officer is about to publish, and the one button that publishes it all at once. */
export const outcomeConfirmPage = (
  page: PageContext,
  data: ConsultationData,
  errors: FormErrors,
): SafeHtml => {
  const { consultation } = data;
  const base = `/office/consultations/${consultation.consultationId}`;
  const unanswered = count(data, 'unanswered');
  const running = consultation.status === 'open' || consultation.status === 'upcoming';
  return layout(page, {
    title: page.t('office-consultations.outcome.title'),
    main: html`<p>${localized(page, consultation.title, page.href(base))}</p>
      <h1>${page.t('office-consultations.outcome.title')}</h1>
      ${errorSummary(page, errors)}
      <p>${page.t('office-consultations.outcome.intro')}</p>
      ${summary(page, data, page.t('office-consultations.outcome.caption'))}
      ${running && html`<p>${page.t('office-consultations.outcome.running', { closesAt: page.format.dateTime(consultation.closesAt) })}</p>`}
      ${
        unanswered > 0 &&
        html`<p>
          ${page.t('office-consultations.outcome.unanswered-hint', { count: unanswered })}
          <a href="${page.href(`${base}?show=unanswered`)}"
            >${page.t('office-consultations.outcome.answer-them')}</a
          >
        </p>`
      }
      <form method="post" action="${page.href(`${base}/outcome`)}">
        ${
          unanswered > 0 &&
          html`<div class="choice">
            <input
              type="checkbox"
              id="field-publishWithUnanswered"
              name="publishWithUnanswered"
              value="yes"
            />
            <label for="field-publishWithUnanswered"
              >${page.t('office-consultations.outcome.with-unanswered')}</label
            >
          </div>`
        }
        <button type="submit">${page.t('office-consultations.outcome.submit')}</button>
      </form>`,
  });
};

export const outcomePublishedPage = (page: PageContext, data: ConsultationData): SafeHtml => {
  const { consultationId } = data.consultation;
  const report = `/consultations/${consultationId}/outcome`;
  return layout(page, {
    title: page.t('office-consultations.published.title'),
    main: html`<p>
        ${localized(page, data.consultation.title, page.href(`/office/consultations/${consultationId}`))}
      </p>
      <h1>${page.t('office-consultations.published.title')}</h1>
      <p class="status" role="status">
        ${page.t('office-consultations.published.when', { at: page.format.dateTime(data.consultation.outcomePublishedAt ?? '') })}
      </p>
      ${summary(page, data, page.t('office-consultations.published.caption'))}
      <ul>
        <li><a href="${page.href(report)}">${page.t('office-consultations.published.public')}</a></li>
        <li>
          <a href="${report}.csv?lang=${page.language}" download
            >${page.t('office-consultations.published.csv')}</a
          >
        </li>
        <li>
          <a href="${report}.html?lang=${page.language}">${page.t('office-consultations.published.html')}</a>
        </li>
      </ul>`,
  });
};
