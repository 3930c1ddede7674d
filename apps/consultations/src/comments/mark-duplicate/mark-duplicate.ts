import { Conflict, NotFound, RuleViolated } from '@commonplan/kernel';
import type { Consultation } from '../../consultations/consultation';
import { isActive, mustBeSubmitted, type Comment, type CommentsOfConsultation } from '../comment';
import type { CommentEvent } from '../comment.events';

const refused = (code: string, message: string, details: Record<string, unknown> = {}): RuleViolated =>
  new RuleViolated(code, message, { field: 'duplicateOf', ...details });

/**
 * An officer marks a comment as a duplicate of another comment of the same consultation, which then
 * answers for both. A chain of duplicates is fine; a loop would leave a group with no one to answer.
 */
export const markDuplicate = (
  duplicate: { readonly commentId: string; readonly comment: Comment },
  duplicateOf: string,
  comments: CommentsOfConsultation,
  consultation: Consultation,
  markedBy: string,
): CommentEvent[] => {
  const submission = mustBeSubmitted(duplicate.comment);
  if (consultation.outcome)
    throw new RuleViolated(
      'consultation.outcome-published',
      'the outcome of this consultation is published',
      {
        field: 'consultationId',
      },
    );
  if (duplicate.comment.duplicateOf !== undefined)
    throw new Conflict('comment.already-duplicate', 'this comment is marked as a duplicate already', {
      field: 'duplicateOf',
      duplicateOf: duplicate.comment.duplicateOf,
    });
  if (duplicateOf === duplicate.commentId)
    throw refused('comment.duplicate-of-itself', 'a comment cannot duplicate itself');
  const original = comments.get(duplicateOf);
  if (!original?.submission || original.submission.consultationId !== submission.consultationId)
    throw new NotFound('comment.original-not-found', 'the consultation has no such comment', {
      field: 'duplicateOf',
    });
  if (!isActive(original))
    throw refused('comment.original-inactive', 'a withdrawn or hidden comment cannot answer for others');
  const seen = new Set<string>();
  for (
    let at: string | undefined = duplicateOf;
    at !== undefined && !seen.has(at);
    at = comments.get(at)?.duplicateOf
  ) {
    if (at === duplicate.commentId)
      throw refused('comment.duplicate-cycle', 'that comment is itself a duplicate of this one');
    seen.add(at);
  }
  return [{ type: 'CommentMarkedDuplicate', data: { duplicateOf, markedBy } }];
};
