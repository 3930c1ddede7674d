import { amendmentList } from '../consultations/outcome.pages';
import { responseBlock } from '../consultations/consultation.pages';
import type { Notice, OwnComment } from '../consultations/consultations.api';
import type { ConsultationSummary, PlanVersion } from '../consultations-api.views';
import { localizedInline, quoted, targetLabel, writtenBlock } from '../consultations/written-text';
import { errorSummary, type FormErrors } from '../kit/forms';
import { html, type SafeHtml } from '../kit/html';
import { layout } from '../kit/layout';
import type { PageContext } from '../kit/page-context';

export const mePage = (page: PageContext): SafeHtml =>
  layout(page, {
    title: page.t('me.title'),
    main: html`<h1>${page.t('me.title')}</h1>
      <p>${page.t('me.intro')}</p>
      <ul class="cards">
        <li><a href="${page.href('/me/comments')}">${page.t('me.comments-link')}</a></li>
        <li><a href="${page.href('/me/notifications')}">${page.t('me.notifications-link')}</a></li>
        <li><a href="${page.href('/consultations')}">${page.t('me.consultations-link')}</a></li>
      </ul>`,
  });

/** What became of the comment so far, said in words; only an open consultation lets it be withdrawn. */
const fate = (
  page: PageContext,
  comment: OwnComment,
  consultation: ConsultationSummary | undefined,
  notice: Notice | undefined,
): SafeHtml => {
  if (comment.withdrawn) return html`<p><strong>${page.t('me.comment.withdrawn')}</strong></p>`;
  if (comment.hidden)
    return html`<p>
      <strong>${page.t('me.comment.hidden')}</strong> ${localizedInline(page, comment.hidden.reason)}
    </p>`;
  if (comment.outcomePublished)
    return html`${responseBlock(page, comment.response ?? null)}
      ${notice && amendmentList(page, notice.amendments)}
      <p>
        <a href="${page.href(`/consultations/${comment.consultationId}/outcome`)}"
          >${page.t('me.comment.outcome')}</a
        >
      </p>`;
  const open = consultation?.status === 'open';
  return html`<p><strong>${page.t('me.comment.waiting')}</strong></p>
    ${
      open &&
      html`<form method="post" action="${page.href(`/me/comments/${comment.commentId}/withdrawal`)}">
        <input type="hidden" name="consultationId" value="${comment.consultationId}" />
        <button type="submit" class="secondary">${page.t('me.comment.withdraw')}</button>
      </form>`
    }`;
};

export const myCommentsPage = (
  page: PageContext,
  options: {
    readonly comments: readonly OwnComment[];
    readonly consultations: ReadonlyMap<string, ConsultationSummary>;
    readonly notices: ReadonlyMap<string, Notice>;
    /** The consulted version by consultation id, to name what each comment is about. */
    readonly plans: ReadonlyMap<string, PlanVersion>;
    readonly errors: FormErrors;
    readonly withdrawn: boolean;
  },
): SafeHtml =>
  layout(page, {
    title: page.t('me.comments.title'),
    main: html`<h1>${page.t('me.comments.title')}</h1>
      ${errorSummary(page, options.errors)}
      ${options.withdrawn && html`<p class="status" role="status">${page.t('me.comments.withdrawn')}</p>`}
      ${
        options.comments.length === 0
          ? html`<p>${page.t('me.comments.none')}</p>
              <p><a href="${page.href('/consultations')}">${page.t('me.consultations-link')}</a></p>`
          : html`<ol class="comments comment-list">
              ${[...options.comments].reverse().map((comment) => {
                const consultation = options.consultations.get(comment.consultationId);
                const plan = options.plans.get(comment.consultationId);
                return html`<li class="comment" id="comment-${comment.commentId}">
                  <h2>
                    ${
                      consultation
                        ? html`<a href="${page.href(`/consultations/${comment.consultationId}`)}"
                            >${localizedInline(page, consultation.title)}</a
                          >`
                        : page.t('me.comments.consultation')
                    }
                  </h2>
                  <p class="meta">
                    ${targetLabel(page, comment.target, plan)} ·
                    ${page.t('me.comment.sent', { date: page.format.dateTime(comment.receivedAt) })} ·
                    ${page.t(comment.publishedAs === 'named' ? 'me.comment.named' : 'me.comment.anonymous')}
                  </p>
                  ${comment.target.kind === 'passage' && quoted(page, comment.target.quote, plan?.language ?? comment.language)}
                  ${writtenBlock(page, comment.text, comment.language)}
                  ${fate(page, comment, consultation, options.notices.get(comment.commentId))}
                </li>`;
              })}
            </ol>`
      }`,
  });
