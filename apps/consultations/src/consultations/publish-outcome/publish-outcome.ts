import { Conflict, Invalid, NotFound, RuleViolated } from '@commonplan/kernel';
import { answeredThrough, isActive, type CommentsOfConsultation } from '../../comments/comment';
import { closingIfDue, periodOverAt, type Consultation } from '../consultation';
import type { Checkpoint, ConsultationEvent } from '../consultation.events';

export interface PublishOutcome {
  readonly nextPlanVersion: number;
  readonly checkpoint: Checkpoint;
  readonly publishedBy: string;
  /** The officer's explicit choice to publish with comments left unanswered, which are then listed. */
  readonly withUnanswered: boolean;
}

const ACCEPTING = new Set(['accepted', 'partially-accepted']);

/**
 * Comments still owed an answer: active ones answering for themselves with no response drafted.
 * Withdrawn and hidden comments are counted apart; a duplicate takes its original's response.
 */
export const unansweredComments = (consultationId: string, comments: CommentsOfConsultation): string[] =>
  [...comments]
    .filter(
      ([commentId, comment]) =>
        comment.submission?.consultationId === consultationId &&
        isActive(comment) &&
        answeredThrough(commentId, comments) === commentId &&
        !comment.response,
    )
    .map(([commentId]) => commentId);

/** Accepted answers whose amendment was withdrawn after they were drafted, and so point at nothing. */
const citingWithdrawn = (
  consultationId: string,
  consultation: Consultation,
  comments: CommentsOfConsultation,
): string[] =>
  [...comments]
    .filter(
      ([commentId, comment]) =>
        comment.submission?.consultationId === consultationId &&
        isActive(comment) &&
        answeredThrough(commentId, comments) === commentId &&
        comment.response !== undefined &&
        ACCEPTING.has(comment.response.status) &&
        comment.response.amendmentIds.some((id) => consultation.amendments.get(id)?.withdrawn !== false),
    )
    .map(([commentId]) => commentId);

/**
 * The outcome goes out once, after the period, with every comment answered unless the officer
 * explicitly publishes with the unanswered ones listed (issue #5: silence is never hidden). The
 * closing is recorded with it when the scheduler has not yet done so.
 */
export const publishOutcome = (
  consultation: { readonly consultationId: string; readonly state: Consultation },
  comments: CommentsOfConsultation,
  asked: PublishOutcome,
  now: Date,
): ConsultationEvent[] => {
  const { consultationId, state } = consultation;
  if (!state.opening) throw new NotFound('consultation.not-found', 'no such consultation');
  if (state.outcome) throw new Conflict('outcome.already-published', 'the outcome is published already');
  if (!periodOverAt(state, now))
    throw new RuleViolated(
      'outcome.consultation-open',
      'the outcome is published after the consultation closes',
      {
        field: 'consultationId',
        closesAt: state.opening.closesAt,
      },
    );
  if (asked.nextPlanVersion <= state.opening.planVersion)
    throw new Invalid('outcome.invalid-next-version', 'the next version comes after the consulted one', [
      {
        field: 'nextPlanVersion',
        rule: 'after-consulted',
        message: 'nextPlanVersion must follow the consulted version',
      },
    ]);
  const stale = citingWithdrawn(consultationId, state, comments);
  if (stale.length > 0)
    throw new RuleViolated(
      'outcome.withdrawn-amendment-cited',
      'some accepted comments cite withdrawn amendments',
      {
        field: 'amendmentIds',
        commentIds: stale,
      },
    );
  const unanswered = unansweredComments(consultationId, comments);
  if (unanswered.length > 0 && !asked.withUnanswered)
    throw new RuleViolated('outcome.unanswered-comments', `${unanswered.length} comments have no response`, {
      field: 'unansweredCommentIds',
      commentIds: unanswered,
    });
  return [
    ...closingIfDue(state, now),
    {
      type: 'OutcomePublished',
      data: {
        nextPlanVersion: asked.nextPlanVersion,
        unansweredCommentIds: unanswered,
        checkpoint: asked.checkpoint,
        publishedBy: asked.publishedBy,
        publishedAt: now.toISOString(),
      },
    },
  ];
};
