import { Conflict, NotAllowed, NotFound } from '@commonplan/kernel';
import {
  AFTER,
  commentOf,
  consultationOf,
  DURING,
  OFFICER,
  RESIDENT,
  submission,
} from '../../consultations/consultation.fixture';
import { evolveComment, initialComment, isActive } from '../comment';
import { withdrawComment } from './withdraw-comment';

describe('withdrawing a comment', () => {
  it('is its contributor’s choice while the consultation runs', () => {
    const comment = commentOf(submission());
    const events = withdrawComment(comment, consultationOf(), RESIDENT, DURING);
    expect(events).toEqual([{ type: 'CommentWithdrawn', data: { withdrawnBy: RESIDENT } }]);
    const withdrawn = events.reduce(evolveComment, comment);
    expect(isActive(withdrawn)).toBe(false);
    expect(() => withdrawComment(withdrawn, consultationOf(), RESIDENT, DURING)).toThrow(Conflict);
  });

  it('is nobody else’s, and not for an offline comment entered without an account', () => {
    expect(() => withdrawComment(commentOf(submission()), consultationOf(), OFFICER, DURING)).toThrow(
      expect.objectContaining({ code: 'comment.not-yours' }),
    );
    const letter = commentOf(submission({ channel: 'paper', contributorId: null, enteredBy: OFFICER }));
    expect(() => withdrawComment(letter, consultationOf(), OFFICER, DURING)).toThrow(NotAllowed);
  });

  it('is refused once the consultation closed, and for a comment never submitted', () => {
    expect(() => withdrawComment(commentOf(submission()), consultationOf(), RESIDENT, AFTER)).toThrow(
      expect.objectContaining({ code: 'consultation.closed' }),
    );
    expect(() => withdrawComment(initialComment(), consultationOf(), RESIDENT, DURING)).toThrow(NotFound);
  });
});
