import { Invalid, NotFound, RuleViolated } from '@commonplan/kernel';
import {
  AMENDMENT,
  amendment,
  commentOf,
  commentsOf,
  CONSULTATION,
  consultationOf,
  MODERATOR,
  OFFICER,
  OTHER_CONSULTATION,
  published,
  RESIDENT,
  submission,
} from '../../consultations/consultation.fixture';
import type { ConsultationEvent } from '../../consultations/consultation.events';
import { evolveComment, type Comment } from '../comment';
import type { CommentEvent } from '../comment.events';
import { draftResponse, type DraftResponse } from './draft-response';

const [ORIGINAL, DUPLICATE, WITHDRAWN, HIDDEN, FOREIGN] = [
  'e1000000-0000-4000-8000-000000000001',
  'e1000000-0000-4000-8000-000000000002',
  'e1000000-0000-4000-8000-000000000003',
  'e1000000-0000-4000-8000-000000000004',
  'e1000000-0000-4000-8000-000000000005',
] as const;
const reason = { original: 'hr', texts: { hr: 'Mjera već predviđa večernje radno vrijeme.' } };
const comments = commentsOf({
  [ORIGINAL]: commentOf(submission()),
  [DUPLICATE]: commentOf(submission(), {
    type: 'CommentMarkedDuplicate',
    data: { duplicateOf: ORIGINAL, markedBy: OFFICER },
  }),
  [WITHDRAWN]: commentOf(submission(), { type: 'CommentWithdrawn', data: { withdrawnBy: RESIDENT } }),
  [HIDDEN]: commentOf(submission(), { type: 'CommentHidden', data: { reason, hiddenBy: MODERATOR } }),
  [FOREIGN]: commentOf(submission({ consultationId: OTHER_CONSULTATION })),
});
const proposed: ConsultationEvent = { type: 'AmendmentProposed', data: amendment() };
const accepted: DraftResponse = {
  status: 'accepted',
  reason: null,
  respondingUnit: 'Social affairs',
  amendmentIds: [AMENDMENT],
  noAmendmentNeededBecause: null,
  draftedBy: OFFICER,
};
const draft = (
  asked: DraftResponse,
  commentId: string = ORIGINAL,
  ...given: ConsultationEvent[]
): CommentEvent[] =>
  draftResponse(
    { commentId, comment: comments.get(commentId)! },
    { consultationId: CONSULTATION, state: consultationOf(proposed, ...given) },
    comments,
    asked,
  );

describe('drafting a response', () => {
  it('accepts a comment citing the amendment it led to; a redraft replaces the draft', () => {
    const first = draft(accepted);
    expect(first).toEqual([{ type: 'ResponseDrafted', data: { ...accepted, bulkGroupId: null } }]);
    const notAccepted: DraftResponse = { ...accepted, status: 'not-accepted', reason, amendmentIds: [] };
    const comment: Comment = [...first, ...draft(notAccepted)].reduce(evolveComment, comments.get(ORIGINAL)!);
    expect(comment.response).toMatchObject({ status: 'not-accepted', reason });
  });

  it('gives a reason unless accepted', () => {
    for (const status of ['partially-accepted', 'not-accepted', 'noted'] as const)
      expect(() => draft({ ...accepted, status })).toThrow(
        expect.objectContaining({
          code: 'response.reason-required',
          issues: [expect.objectContaining({ field: 'reason' })],
        }),
      );
    expect(draft({ ...accepted, status: 'noted', reason, amendmentIds: [] })).toHaveLength(1);
    expect(() => draft({ ...accepted, reason: { original: 'hr', texts: {} } })).toThrow(Invalid);
  });

  it('cites a standing amendment of this consultation when accepting, or says why none is needed', () => {
    expect(() => draft({ ...accepted, amendmentIds: [] })).toThrow(
      expect.objectContaining({
        code: 'response.amendment-required',
        issues: [expect.objectContaining({ field: 'amendmentIds' })],
      }),
    );
    expect(() => draft({ ...accepted, status: 'partially-accepted', reason, amendmentIds: [] })).toThrow(
      Invalid,
    );
    expect(draft({ ...accepted, amendmentIds: [], noAmendmentNeededBecause: reason })).toHaveLength(1);
    expect(() => draft({ ...accepted, amendmentIds: [FOREIGN] })).toThrow(
      expect.objectContaining({ code: 'response.unknown-amendment', details: { field: 'amendmentIds.0' } }),
    );
    const withdrawn: ConsultationEvent = {
      type: 'AmendmentWithdrawn',
      data: { amendmentId: AMENDMENT, withdrawnBy: OFFICER },
    };
    expect(() => draft(accepted, ORIGINAL, withdrawn)).toThrow(
      expect.objectContaining({ code: 'response.amendment-withdrawn' }),
    );
  });

  it('answers a standing comment of this consultation, and a duplicate through its original', () => {
    expect(() => draft(accepted, WITHDRAWN)).toThrow(
      expect.objectContaining({ code: 'response.comment-withdrawn' }),
    );
    expect(() => draft(accepted, HIDDEN)).toThrow(
      expect.objectContaining({ code: 'response.comment-hidden' }),
    );
    expect(() => draft(accepted, DUPLICATE)).toThrow(
      expect.objectContaining({
        code: 'response.answer-the-original',
        details: expect.objectContaining({ originalId: ORIGINAL }),
      }),
    );
    expect(() => draft(accepted, FOREIGN)).toThrow(NotFound);
  });

  it('is final once the outcome is published', () => {
    expect(() => draft(accepted, ORIGINAL, published)).toThrow(
      expect.objectContaining({ code: 'consultation.outcome-published' }),
    );
    expect(() => draft(accepted, ORIGINAL, published)).toThrow(RuleViolated);
  });
});
