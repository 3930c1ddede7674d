import { Conflict, Invalid } from '@commonplan/kernel';
import { localizedText, type LocalizedText } from '../../consultations/localized-text';
import { mustBeSubmitted, type Comment } from '../comment';
import type { CommentEvent } from '../comment.events';

/**
 * A moderator hides a comment with a reason everyone can read; it is never deleted, and the outcome
 * counts it. Hiding stays possible after the outcome: unlawful content reported late must still go.
 */
export const hideComment = (
  comment: Comment,
  reason: LocalizedText | null,
  hiddenBy: string,
): CommentEvent[] => {
  mustBeSubmitted(comment);
  if (comment.hidden) throw new Conflict('comment.already-hidden', 'this comment is hidden already');
  const parsed = localizedText.parse(reason, 'reason');
  if (!parsed.ok)
    throw new Invalid('comment.reason-required', 'hiding a comment needs a public reason', parsed.issues);
  return [{ type: 'CommentHidden', data: { reason: parsed.value, hiddenBy } }];
};
