import { html, type SafeHtml } from '../kit/html';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';
import type { OutcomeReport, ReportedComment } from './consultations.api';
import { quoted, shownBlock, writtenBlock, writtenInline } from './written-text';

const STATUSES = ['accepted', 'partially-accepted', 'not-accepted', 'noted', 'unanswered'] as const;

const reportedTarget = (page: PageContext, comment: ReportedComment, planLanguage: string): SafeHtml => {
  const { target } = comment;
  if (target.measure)
    return html`${target.kind === 'passage' ? html`${page.t('consultations.target.passage')} ` : ''}${page.t(
        'consultations.target.measure',
        { number: target.measure.number },
      )}: <span lang="${planLanguage}" dir="auto">${target.measure.title}</span>`;
  if (target.section)
    return html`${page.t('consultations.target.section')}
      <span lang="${planLanguage}" dir="auto">${target.section.heading}</span>`;
  return html`${page.t('consultations.target.plan')}`;
};

export const amendmentList = (
  page: PageContext,
  amendments: readonly { readonly kind: string; readonly measureNumber: string }[],
): SafeHtml | undefined =>
  amendments.length === 0
    ? undefined
    : html`<p>
        ${page.t('consultations.outcome.led-to')}
        ${amendments
          .map((amendment) =>
            page.t(`consultations.amendment.${amendment.kind}`, { number: amendment.measureNumber }),
          )
          .join('; ')}
      </p>`;

const commentArticle = (page: PageContext, comment: ReportedComment, planLanguage: string): SafeHtml =>
  html`<li class="comment" id="comment-${comment.number}">
    <h3>${page.t('consultations.outcome.comment', { number: comment.number })}</h3>
    <p class="meta">
      ${reportedTarget(page, comment, planLanguage)} ·
      ${page.t(`consultations.contributor.${comment.contributorType}`)}
      ${comment.organisationName && html`(<span dir="auto">${comment.organisationName}</span>)`} ·
      ${page.t(`consultations.channel.${comment.channel}`)} · ${page.format.date(comment.receivedAt)}
    </p>
    ${comment.target.passage && quoted(page, comment.target.passage.quote, planLanguage)}
    ${writtenBlock(page, comment.text, comment.language)}
    <div class="response">
      <p>
        <strong>${page.t('consultations.response.title')}</strong>
        ${page.t(`consultations.response.status.${comment.status}`)}
        ${
          comment.respondingUnit &&
          html`<span class="meta"
            >(${page.t('consultations.response.unit', { unit: comment.respondingUnit })})</span
          >`
        }
      </p>
      ${
        comment.duplicateOf?.number &&
        html`<p>${page.t('consultations.outcome.duplicate', { number: comment.duplicateOf.number })}</p>`
      }
      ${comment.reason && shownBlock(page, comment.reason)}
      ${comment.noAmendmentNeededBecause && shownBlock(page, comment.noAmendmentNeededBecause)}
      ${amendmentList(page, comment.amendments)}
    </div>
  </li>`;

const figures = (page: PageContext, report: OutcomeReport): SafeHtml => {
  const { statistics } = report;
  const row = (label: string, value: number): SafeHtml =>
    html`<tr>
      <th scope="row">${label}</th>
      <td class="number">${page.format.number(value)}</td>
    </tr>`;
  return html`<div class="table-scroll">
    <table>
      <caption>
        ${page.t('consultations.outcome.figures-caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${page.t('consultations.outcome.figure')}</th>
          <th scope="col" class="number">${page.t('consultations.outcome.count')}</th>
        </tr>
      </thead>
      <tbody>
        ${row(page.t('consultations.outcome.submitted'), statistics.submitted)}
        ${row(page.t('consultations.outcome.withdrawn'), statistics.withdrawn)}
        ${row(page.t('consultations.outcome.hidden'), statistics.hidden)}
        ${STATUSES.map((status) => row(page.t(`consultations.response.status.${status}`), statistics.byStatus[status] ?? 0))}
      </tbody>
    </table>
  </div>`;
};

export const outcomePage = (page: PageContext, report: OutcomeReport): SafeHtml => {
  const { consultation, plan } = report;
  const id = consultation.consultationId;
  const diff = page.href(`/plans/${plan.planId}/diff?from=${plan.consultedVersion}&to=${plan.nextVersion}`);
  return layout(page, {
    title: `${page.t('consultations.outcome.title')} · ${consultation.title.text}`,
    main: html`<h1>
        ${page.t('consultations.outcome.title')}:
        ${writtenInline(page, consultation.title.text, consultation.title.language, consultation.title.original)}
      </h1>
      <p class="status">
        ${page.t('consultations.outcome.published', {
          date: page.format.date(consultation.publishedAt),
          from: plan.consultedVersion,
          to: plan.nextVersion,
        })}
      </p>
      <ul>
        <li><a href="${diff}">${page.t('consultations.outcome.diff-link')}</a></li>
        <li>
          <a href="/consultations/${id}/outcome.csv?lang=${report.language}" download
            >${page.t('consultations.outcome.csv-link')}</a
          >
        </li>
        <li>
          <a href="${page.href(`/consultations/${id}`)}"
            >${page.t('consultations.outcome.consultation-link')}</a
          >
        </li>
      </ul>
      <h2>${page.t('consultations.outcome.figures')}</h2>
      ${figures(page, report)}
      <h2>${page.t('consultations.outcome.changed')}</h2>
      ${
        report.changedMeasures.length === 0
          ? html`<p>${page.t('consultations.outcome.no-changes')}</p>`
          : html`<ul>
              ${report.changedMeasures.map(
                (measure) =>
                  html`<li>
                    ${page.t(`consultations.diff.kind.${measure.kind}`)}:
                    ${page.t('consultations.target.measure', { number: measure.number })}:
                    <span lang="${plan.title.language}" dir="auto">${measure.title}</span>
                    ${
                      measure.comments.length > 0 &&
                      html`(${page.t('consultations.outcome.behind', {
                        numbers: measure.comments.map(({ number }) => number ?? '–').join(', '),
                      })})`
                    }
                  </li>`,
              )}
            </ul>`
      }
      <h2>${page.t('consultations.outcome.comments', { count: report.comments.length })}</h2>
      <ol class="comments comment-list">
        ${report.comments.map((comment) => commentArticle(page, comment, plan.title.language))}
      </ol>
      ${
        report.hiddenComments.length > 0 &&
        html`<h2>${page.t('consultations.outcome.hidden-comments')}</h2>
          <ul>
            ${report.hiddenComments.map(
              (hidden) =>
                html`<li>
                  ${page.t('consultations.outcome.comment', { number: hidden.number })}:
                  ${writtenInline(page, hidden.reason.text, hidden.reason.language, hidden.reason.original)}
                </li>`,
            )}
          </ul>`
      }
      <p class="meta">
        ${page.t('consultations.outcome.checkpoint')}
        <span class="receipt">${report.checkpoint.position} · ${report.checkpoint.rootHash}</span>
      </p>`,
  });
};
