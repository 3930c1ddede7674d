import { Conflict, Invalid, NotFound } from '@commonplan/kernel';
import { commentOf, MODERATOR, submission } from '../../consultations/consultation.fixture';
import { evolveComment, initialComment, isActive } from '../comment';
import { hideComment } from './hide-comment';

const reason = { original: 'hr', texts: { hr: 'Vrijeđa druge stanovnike.', en: 'Insults other residents.' } };

describe('hiding a comment', () => {
  it('keeps the comment and records the public reason', () => {
    const comment = commentOf(submission());
    const events = hideComment(comment, reason, MODERATOR);
    expect(events).toEqual([{ type: 'CommentHidden', data: { reason, hiddenBy: MODERATOR } }]);
    const hidden = events.reduce(evolveComment, comment);
    expect(hidden.submission).toEqual(submission());
    expect(isActive(hidden)).toBe(false);
    expect(() => hideComment(hidden, reason, MODERATOR)).toThrow(Conflict);
  });

  it('needs a reason, in its original language at least', () => {
    expect(() => hideComment(commentOf(submission()), null, MODERATOR)).toThrow(
      expect.objectContaining({
        code: 'comment.reason-required',
        issues: [expect.objectContaining({ field: 'reason' })],
      }),
    );
    expect(() =>
      hideComment(commentOf(submission()), { original: 'hr', texts: { en: 'Insults.' } }, MODERATOR),
    ).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ field: 'reason.texts', rule: 'original-text' })],
      }),
    );
    expect(() =>
      hideComment(commentOf(submission()), { original: 'hr', texts: { hr: ' ' } }, MODERATOR),
    ).toThrow(Invalid);
    expect(() => hideComment(initialComment(), reason, MODERATOR)).toThrow(NotFound);
  });
});
