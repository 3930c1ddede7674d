import { Invalid, RuleViolated } from '@commonplan/kernel';
import {
  AMENDMENT,
  amendment,
  commentOf,
  commentsOf,
  CONSULTATION,
  consultationOf,
  OFFICER,
  OTHER_CONSULTATION,
  published,
  RESIDENT,
  submission,
} from '../../consultations/consultation.fixture';
import type { ConsultationEvent } from '../../consultations/consultation.events';
import { draftBulkResponse } from './draft-bulk-response';
import type { DraftResponse } from './draft-response';

const [ONE, TWO, GONE, FOREIGN] = [
  'f1000000-0000-4000-8000-000000000001',
  'f1000000-0000-4000-8000-000000000002',
  'f1000000-0000-4000-8000-000000000003',
  'f1000000-0000-4000-8000-000000000004',
] as const;
const GROUP = 'f2000000-0000-4000-8000-000000000001';
const comments = commentsOf({
  [ONE]: commentOf(submission()),
  [TWO]: commentOf(submission({ contributorType: 'ngo', organisationName: 'Centar za mirovne studije' })),
  [GONE]: commentOf(submission(), { type: 'CommentWithdrawn', data: { withdrawnBy: RESIDENT } }),
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
const bulk = (ids: readonly string[], asked = accepted, ...given: ConsultationEvent[]) =>
  draftBulkResponse(
    ids.map((commentId) => ({ commentId, comment: comments.get(commentId)! })),
    { consultationId: CONSULTATION, state: consultationOf(proposed, ...given) },
    comments,
    asked,
    GROUP,
  );

describe('drafting one response for a group of similar comments', () => {
  it('gives every comment of the group the same response, marked with the group', () => {
    const event = { type: 'ResponseDrafted', data: { ...accepted, bulkGroupId: GROUP } };
    expect(bulk([ONE, TWO])).toEqual([
      { commentId: ONE, events: [event] },
      { commentId: TWO, events: [event] },
    ]);
  });

  it('answers all or none, naming every comment that stood in the way', () => {
    expect(() => bulk([ONE, GONE, FOREIGN])).toThrow(
      expect.objectContaining({
        code: 'response.group-refused',
        details: {
          field: 'commentIds',
          refusals: [
            expect.objectContaining({ commentId: GONE, code: 'response.comment-withdrawn' }),
            expect.objectContaining({ commentId: FOREIGN, code: 'comment.not-found' }),
          ],
        },
      }),
    );
  });

  it('holds the response to the same rules as a single one', () => {
    expect(() => bulk([ONE, TWO], { ...accepted, status: 'noted' })).toThrow(
      expect.objectContaining({ code: 'response.reason-required' }),
    );
    expect(() => bulk([ONE, TWO], accepted, published)).toThrow(RuleViolated);
  });

  it('names each comment once, and at least one', () => {
    expect(() => bulk([])).toThrow(Invalid);
    expect(() => bulk([ONE, ONE])).toThrow(expect.objectContaining({ code: 'response.invalid-group' }));
  });
});
