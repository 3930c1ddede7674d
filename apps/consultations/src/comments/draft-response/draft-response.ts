import { Invalid, NotFound, RuleViolated, type Issue } from '@commonplan/kernel';
import type { Consultation } from '../../consultations/consultation';
import { localizedText } from '../../consultations/localized-text';
import { answeredThrough, mustBeSubmitted, type Comment, type CommentsOfConsultation } from '../comment';
import type { CommentEvent, ResponseDrafted } from '../comment.events';

export type DraftResponse = Omit<ResponseDrafted, 'bulkGroupId'>;

const ACCEPTING = new Set<ResponseDrafted['status']>(['accepted', 'partially-accepted']);

const localizedIssues = (value: unknown, field: string): Issue[] => {
  const parsed = localizedText.parse(value, field);
  return parsed.ok ? [] : parsed.issues;
};

/**
 * The rules about the response itself, the same for every comment it answers. A reason is owed unless
 * the comment is accepted as it stands; an accepted or partly accepted comment shows the amendment it
 * led to, or says why none was needed. Cited amendments are this consultation's and still standing.
 */
export const checkResponse = (asked: DraftResponse, consultation: Consultation): void => {
  const issues: Issue[] = [];
  if (asked.reason === null && asked.status !== 'accepted')
    issues.push({
      field: 'reason',
      rule: 'required',
      message: `a ${asked.status} response gives its reason`,
    });
  else if (asked.reason !== null) issues.push(...localizedIssues(asked.reason, 'reason'));
  if (asked.noAmendmentNeededBecause !== null)
    issues.push(...localizedIssues(asked.noAmendmentNeededBecause, 'noAmendmentNeededBecause'));
  if (issues.length > 0)
    throw new Invalid('response.reason-required', 'the response needs its reason', issues);
  if (
    ACCEPTING.has(asked.status) &&
    asked.amendmentIds.length === 0 &&
    asked.noAmendmentNeededBecause === null
  )
    throw new Invalid('response.amendment-required', 'an accepted comment cites its amendment', [
      {
        field: 'amendmentIds',
        rule: 'amendment-or-why-not',
        message: 'cite at least one amendment, or say in noAmendmentNeededBecause why none is needed',
      },
    ]);
  asked.amendmentIds.forEach((amendmentId, index) => {
    const amendment = consultation.amendments.get(amendmentId);
    if (!amendment)
      throw new NotFound('response.unknown-amendment', `the consultation has no amendment ${amendmentId}`, {
        field: `amendmentIds.${index}`,
      });
    if (amendment.withdrawn)
      throw new RuleViolated('response.amendment-withdrawn', `amendment ${amendmentId} was withdrawn`, {
        field: `amendmentIds.${index}`,
      });
  });
};

/** The rules about the comment answered: one still standing, and not one whose original answers for it. */
export const checkAnswerable = (
  commentId: string,
  comment: Comment,
  consultationId: string,
  comments: CommentsOfConsultation,
): void => {
  const submission = mustBeSubmitted(comment);
  if (submission.consultationId !== consultationId)
    throw new NotFound('comment.not-found', 'the consultation has no such comment', { field: 'commentId' });
  if (comment.withdrawn)
    throw new RuleViolated('response.comment-withdrawn', 'a withdrawn comment is not answered', {
      field: 'commentId',
    });
  if (comment.hidden)
    throw new RuleViolated(
      'response.comment-hidden',
      'a hidden comment is counted with its reason, not answered',
      {
        field: 'commentId',
      },
    );
  const original = answeredThrough(commentId, comments);
  if (original !== commentId)
    throw new RuleViolated(
      'response.answer-the-original',
      'this comment is a duplicate: answer its original',
      {
        field: 'commentId',
        originalId: original,
      },
    );
};

export const mustNotBePublished = (consultation: Consultation): void => {
  if (!consultation.opened) throw new NotFound('consultation.not-found', 'no such consultation');
  if (consultation.outcome)
    throw new RuleViolated(
      'consultation.outcome-published',
      'responses are final once the outcome is published',
      {
        field: 'consultationId',
      },
    );
};

/** Drafts, or redrafts, the response to one comment; the latest draft is published with the outcome. */
export const draftResponse = (
  answered: { readonly commentId: string; readonly comment: Comment },
  consultation: { readonly consultationId: string; readonly state: Consultation },
  comments: CommentsOfConsultation,
  asked: DraftResponse,
): CommentEvent[] => {
  mustNotBePublished(consultation.state);
  checkAnswerable(answered.commentId, answered.comment, consultation.consultationId, comments);
  checkResponse(asked, consultation.state);
  return [{ type: 'ResponseDrafted', data: { ...asked, bulkGroupId: null } }];
};
