import { NotFound } from '@commonplan/kernel';
import type { CommentEvent, CommentHidden, CommentSubmitted, ResponseDrafted } from './comment.events';

/** A comment as its stream tells it, with its current response: what the outcome report reads. */
export interface Comment {
  readonly submitted: boolean;
  readonly submission?: CommentSubmitted;
  readonly withdrawn: boolean;
  readonly hidden?: CommentHidden;
  readonly duplicateOf?: string;
  /** The latest draft; it becomes the response when the outcome is published. */
  readonly response?: ResponseDrafted;
}

export const mustBeSubmitted = (comment: Comment): CommentSubmitted => {
  if (!comment.submission) throw new NotFound('comment.not-found', 'no such comment', { field: 'commentId' });
  return comment.submission;
};

export const initialComment = (): Comment => ({ submitted: false, withdrawn: false });

export const evolveComment = (state: Comment, event: CommentEvent): Comment => {
  switch (event.type) {
    case 'CommentSubmitted':
      return { ...state, submitted: true, submission: event.data };
    case 'CommentWithdrawn':
      return { ...state, withdrawn: true };
    case 'CommentHidden':
      return { ...state, hidden: event.data };
    case 'CommentMarkedDuplicate':
      return { ...state, duplicateOf: event.data.duplicateOf };
    case 'ResponseDrafted':
      return { ...state, response: event.data };
  }
};

/** The comments of one consultation by id, as deciders that look across comments need them. */
export type CommentsOfConsultation = ReadonlyMap<string, Comment>;

/** Withdrawn and hidden comments are out of the answering: the outcome lists them apart. */
export const isActive = (comment: Comment): boolean =>
  comment.submitted && !comment.withdrawn && !comment.hidden;

/**
 * The comment whose response a comment takes: a duplicate takes its original's, following the chain
 * while the originals are active; a duplicate of a withdrawn or hidden comment answers for itself,
 * since its contributor still deserves an answer. Marking refuses loops, but two markings made at
 * once on two streams can still close one; then each comment in it answers for itself, so none is
 * left out of the answering.
 */
export const answeredThrough = (commentId: string, comments: CommentsOfConsultation): string => {
  const seen = new Set([commentId]);
  let current = commentId;
  for (;;) {
    const next = comments.get(current)?.duplicateOf;
    const original = next === undefined ? undefined : comments.get(next);
    if (next === undefined || !original || !isActive(original)) return current;
    if (seen.has(next)) return commentId;
    seen.add(next);
    current = next;
  }
};
