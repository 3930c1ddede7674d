import type { CommentListing, ListedResponse } from './comment-listing.entity';

/** Who wrote a comment, as far as it is published: an anonymous comment never says who. */
const contributorOf = (row: CommentListing) => ({
  type: row.contributorType,
  publishedAs: row.publishedAs,
  ...(row.publishedAs === 'named' && row.organisationName !== null
    ? { organisationName: row.organisationName }
    : {}),
});

/**
 * The response as the reader may see it: published with the outcome, a draft only to officers, and
 * `null` once published for a comment left unanswered.
 */
const responseFor = (row: CommentListing, officer: boolean) => {
  if (row.outcomePublished) return { response: row.response };
  return officer ? { draftResponse: row.response } : {};
};

/** A hidden comment shows only that it was hidden and why, which the outcome also counts. */
export const publicComment = (row: CommentListing, officer: boolean) =>
  row.hiddenReason !== null
    ? { commentId: row.commentId, receivedAt: row.receivedAt, hidden: { reason: row.hiddenReason } }
    : {
        commentId: row.commentId,
        planVersion: row.planVersion,
        target: row.target,
        text: row.text,
        language: row.language,
        channel: row.channel,
        contributor: contributorOf(row),
        receivedAt: row.receivedAt,
        duplicateOf: row.duplicateOf,
        ...(officer && row.withdrawn ? { withdrawn: true } : {}),
        ...responseFor(row, officer),
      };

/**
 * One's own comment, whatever became of it, and once the outcome is out, the answer to it: for a
 * duplicate, the one its original got.
 */
export const ownComment = (row: CommentListing, answer: ListedResponse | null) => ({
  commentId: row.commentId,
  consultationId: row.consultationId,
  target: row.target,
  text: row.text,
  language: row.language,
  contributorType: row.contributorType,
  publishedAs: row.publishedAs,
  receivedAt: row.receivedAt,
  withdrawn: row.withdrawn,
  hidden: row.hiddenReason === null ? null : { reason: row.hiddenReason },
  duplicateOf: row.duplicateOf,
  outcomePublished: row.outcomePublished,
  ...(row.outcomePublished ? { response: answer } : {}),
});
