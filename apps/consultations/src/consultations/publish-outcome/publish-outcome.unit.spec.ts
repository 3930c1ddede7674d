import { Conflict, NotFound, RuleViolated } from '@commonplan/kernel';
import { initialConsultation } from '../consultation';
import type { CommentEvent, ResponseDrafted } from '../../comments/comment.events';
import type { ConsultationEvent } from '../consultation.events';
import {
  AFTER,
  AMENDMENT,
  amendment,
  checkpoint,
  CLOSES_AT,
  commentOf,
  commentsOf,
  CONSULTATION,
  consultationOf,
  DURING,
  MODERATOR,
  OFFICER,
  OTHER_CONSULTATION,
  published,
  RESIDENT,
  submission,
} from '../consultation.fixture';
import { publishOutcome, type PublishOutcome } from './publish-outcome';

const [ANSWERED, OPEN, WITHDRAWN, HIDDEN, DUPLICATE, ORPHAN, ELSEWHERE] = [
  'c1000000-0000-4000-8000-000000000001',
  'c1000000-0000-4000-8000-000000000002',
  'c1000000-0000-4000-8000-000000000003',
  'c1000000-0000-4000-8000-000000000004',
  'c1000000-0000-4000-8000-000000000005',
  'c1000000-0000-4000-8000-000000000006',
  'c1000000-0000-4000-8000-000000000007',
] as const;

const response = (overrides: Partial<ResponseDrafted> = {}): CommentEvent => ({
  type: 'ResponseDrafted',
  data: {
    status: 'accepted',
    reason: null,
    respondingUnit: 'Social affairs',
    amendmentIds: [AMENDMENT],
    noAmendmentNeededBecause: null,
    bulkGroupId: null,
    draftedBy: OFFICER,
    ...overrides,
  },
});
const noted = response({
  status: 'noted',
  amendmentIds: [],
  reason: { original: 'en', texts: { en: 'Noted.' } },
});
const duplicateOf = (original: string): CommentEvent => ({
  type: 'CommentMarkedDuplicate',
  data: { duplicateOf: original, markedBy: OFFICER },
});

const comments = commentsOf({
  [ANSWERED]: commentOf(submission(), response()),
  [OPEN]: commentOf(submission()),
  [WITHDRAWN]: commentOf(submission(), { type: 'CommentWithdrawn', data: { withdrawnBy: RESIDENT } }),
  [HIDDEN]: commentOf(submission(), {
    type: 'CommentHidden',
    data: { reason: { original: 'en', texts: { en: 'Insults another resident.' } }, hiddenBy: MODERATOR },
  }),
  [DUPLICATE]: commentOf(submission(), duplicateOf(OPEN)),
  [ORPHAN]: commentOf(submission(), duplicateOf(WITHDRAWN)),
  [ELSEWHERE]: commentOf(submission({ consultationId: OTHER_CONSULTATION })),
});
const proposed: ConsultationEvent = { type: 'AmendmentProposed', data: amendment() };
const asked: PublishOutcome = { nextPlanVersion: 2, checkpoint, publishedBy: OFFICER, withUnanswered: false };
const publish = (
  state = consultationOf(proposed),
  all = comments,
  now = AFTER,
  ask = asked,
): ConsultationEvent[] => publishOutcome({ consultationId: CONSULTATION, state }, all, ask, now);

describe('publishing the outcome', () => {
  it('goes out once every comment is answered, recording the closing if the scheduler has not', () => {
    const answered = commentsOf({
      ...Object.fromEntries(comments),
      [OPEN]: commentOf(submission(), noted),
      [ORPHAN]: commentOf(submission(), duplicateOf(WITHDRAWN), noted),
    });
    expect(publish(consultationOf(proposed), answered)).toEqual([
      { type: 'ConsultationClosed', data: { closedAt: CLOSES_AT.toISOString() } },
      {
        type: 'OutcomePublished',
        data: {
          checkpoint,
          nextPlanVersion: 2,
          unansweredCommentIds: [],
          publishedBy: OFFICER,
          publishedAt: AFTER.toISOString(),
        },
      },
    ]);
  });

  it('names the comments still unanswered: not the withdrawn, hidden or duplicates of an active original', () => {
    expect(() => publish()).toThrow(
      expect.objectContaining({
        code: 'outcome.unanswered-comments',
        details: { field: 'unansweredCommentIds', commentIds: [OPEN, ORPHAN] },
      }),
    );
  });

  it('lists them in the outcome when the officer explicitly publishes with them', () => {
    const closed = consultationOf(proposed, {
      type: 'ConsultationClosed',
      data: { closedAt: CLOSES_AT.toISOString() },
    });
    const [outcome, ...rest] = publish(closed, comments, AFTER, { ...asked, withUnanswered: true });
    expect(rest).toEqual([]);
    expect(outcome).toMatchObject({
      type: 'OutcomePublished',
      data: { unansweredCommentIds: [OPEN, ORPHAN] },
    });
  });

  it('is refused while the consultation runs, twice, or before it was opened', () => {
    expect(() => publish(consultationOf(proposed), comments, DURING)).toThrow(
      expect.objectContaining({ code: 'outcome.consultation-open' }),
    );
    expect(() => publish(consultationOf(proposed, published))).toThrow(Conflict);
    expect(() => publish(consultationOf(proposed, published))).toThrow(
      expect.objectContaining({ code: 'outcome.already-published' }),
    );
    expect(() => publish(initialConsultation())).toThrow(NotFound);
    expect(() =>
      publish(consultationOf(proposed), comments, AFTER, { ...asked, nextPlanVersion: 1 }),
    ).toThrow(expect.objectContaining({ code: 'outcome.invalid-next-version' }));
  });

  it('is refused while an accepted comment cites a withdrawn amendment', () => {
    const withdrawn: ConsultationEvent = {
      type: 'AmendmentWithdrawn',
      data: { amendmentId: AMENDMENT, withdrawnBy: OFFICER },
    };
    expect(() =>
      publish(consultationOf(proposed, withdrawn), comments, AFTER, { ...asked, withUnanswered: true }),
    ).toThrow(
      expect.objectContaining({
        code: 'outcome.withdrawn-amendment-cited',
        details: expect.objectContaining({ commentIds: [ANSWERED] }),
      }),
    );
    expect(() => publish(consultationOf(proposed, withdrawn))).toThrow(RuleViolated);
  });
});
