import { Conflict, NotFound, RuleViolated } from '@commonplan/kernel';
import {
  commentOf,
  commentsOf,
  consultationOf,
  OFFICER,
  OTHER_CONSULTATION,
  published,
  RESIDENT,
  submission,
} from '../../consultations/consultation.fixture';
import { answeredThrough, type Comment } from '../comment';
import type { CommentEvent } from '../comment.events';
import { markDuplicate } from './mark-duplicate';

const [FIRST, SECOND, THIRD, FOREIGN, GONE] = [
  'd1000000-0000-4000-8000-000000000001',
  'd1000000-0000-4000-8000-000000000002',
  'd1000000-0000-4000-8000-000000000003',
  'd1000000-0000-4000-8000-000000000004',
  'd1000000-0000-4000-8000-000000000005',
] as const;
const duplicateOf = (original: string): CommentEvent => ({
  type: 'CommentMarkedDuplicate',
  data: { duplicateOf: original, markedBy: OFFICER },
});
const base: Record<string, Comment> = {
  [FIRST]: commentOf(submission()),
  [SECOND]: commentOf(submission(), duplicateOf(FIRST)),
  [THIRD]: commentOf(submission()),
  [FOREIGN]: commentOf(submission({ consultationId: OTHER_CONSULTATION })),
  [GONE]: commentOf(submission(), { type: 'CommentWithdrawn', data: { withdrawnBy: RESIDENT } }),
};
const comments = commentsOf(base);
const mark = (commentId: string, original: string, state = consultationOf()) =>
  markDuplicate({ commentId, comment: comments.get(commentId)! }, original, comments, state, OFFICER);

describe('marking a duplicate', () => {
  it('lets the original answer for it, along a chain', () => {
    expect(mark(THIRD, SECOND)).toEqual([duplicateOf(SECOND)]);
    const chained = commentsOf({ ...base, [THIRD]: commentOf(submission(), duplicateOf(SECOND)) });
    expect(answeredThrough(THIRD, chained)).toBe(FIRST);
    expect(answeredThrough(FIRST, chained)).toBe(FIRST);
  });

  it('refuses itself, a loop, another consultation’s comment, an inactive original, a second marking', () => {
    expect(() => mark(THIRD, THIRD)).toThrow(
      expect.objectContaining({ code: 'comment.duplicate-of-itself' }),
    );
    expect(() => mark(FIRST, SECOND)).toThrow(
      expect.objectContaining({ code: 'comment.duplicate-cycle', details: { field: 'duplicateOf' } }),
    );
    expect(() => mark(THIRD, FOREIGN)).toThrow(NotFound);
    expect(() => mark(THIRD, 'd1000000-0000-4000-8000-000000000009')).toThrow(NotFound);
    expect(() => mark(THIRD, GONE)).toThrow(expect.objectContaining({ code: 'comment.original-inactive' }));
    expect(() => mark(SECOND, THIRD)).toThrow(Conflict);
    expect(() => mark(THIRD, FIRST, consultationOf(published))).toThrow(RuleViolated);
  });

  it('leaves a duplicate to answer for itself once its original is withdrawn, as each one in a loop a race closed', () => {
    const orphaned = commentsOf({
      ...base,
      [FIRST]: commentOf(submission(), { type: 'CommentWithdrawn', data: { withdrawnBy: RESIDENT } }),
    });
    expect(answeredThrough(SECOND, orphaned)).toBe(SECOND);
    const loop = commentsOf({
      [FIRST]: commentOf(submission(), duplicateOf(SECOND)),
      [SECOND]: commentOf(submission(), duplicateOf(FIRST)),
    });
    expect(answeredThrough(FIRST, loop)).toBe(FIRST);
    expect(answeredThrough(SECOND, loop)).toBe(SECOND);
  });
});
