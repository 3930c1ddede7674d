import { Conflict, NotAllowed, RuleViolated } from '@commonplan/kernel';
import { periodOverAt, type Consultation } from '../../consultations/consultation';
import { mustBeSubmitted, type Comment } from '../comment';
import type { CommentEvent } from '../comment.events';

/**
 * Only the contributor withdraws, and only while the consultation runs: once it has closed, the
 * officers answer what was there, and the outcome must account for the same comments they saw.
 */
export const withdrawComment = (
  comment: Comment,
  consultation: Consultation,
  withdrawnBy: string,
  now: Date,
): CommentEvent[] => {
  const submission = mustBeSubmitted(comment);
  if (submission.contributorId === null || submission.contributorId !== withdrawnBy)
    throw new NotAllowed('comment.not-yours', 'only its contributor may withdraw a comment', {
      field: 'withdrawnBy',
    });
  if (comment.withdrawn) throw new Conflict('comment.already-withdrawn', 'this comment is withdrawn already');
  if (periodOverAt(consultation, now))
    throw new RuleViolated(
      'consultation.closed',
      'comments cannot be withdrawn once the consultation closed',
      {
        field: 'consultationId',
      },
    );
  return [{ type: 'CommentWithdrawn', data: { withdrawnBy } }];
};
