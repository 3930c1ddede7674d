import type { EntityManager } from 'typeorm';
import { parseStreamName, type Projection, type RecordedEvent } from '@commonplan/event-store';
import { COMMENT_STREAM, type CommentEvent } from '../comments/comment.events';
import { CONSULTATION_STREAM, type ConsultationEvent } from '../consultations/consultation.events';
import { ConsultationComment } from './consultation-comment.entity';
import { ConsultationListing } from './consultation-listing.entity';

const applyToConsultation = async (
  manager: EntityManager,
  consultationId: string,
  event: ConsultationEvent,
): Promise<void> => {
  switch (event.type) {
    case 'ConsultationOpened': {
      const { planId, planVersion, title, explanation, opensAt, closesAt, languages, whoMayComment } =
        event.data;
      await manager.upsert(
        ConsultationListing,
        {
          consultationId,
          planId,
          planVersion,
          title,
          explanation,
          opensAt: new Date(opensAt),
          closesAt: new Date(closesAt),
          languages: [...languages],
          whoMayComment,
          closed: false,
          amendments: 0,
          nextPlanVersion: null,
          outcomePublishedAt: null,
        },
        ['consultationId'],
      );
      return;
    }
    case 'ConsultationClosed':
      await manager.update(ConsultationListing, { consultationId }, { closed: true });
      return;
    case 'AmendmentProposed':
      await manager.increment(ConsultationListing, { consultationId }, 'amendments', 1);
      return;
    case 'AmendmentWithdrawn':
      await manager.decrement(ConsultationListing, { consultationId }, 'amendments', 1);
      return;
    case 'OutcomePublished':
      await manager.update(
        ConsultationListing,
        { consultationId },
        {
          closed: true,
          nextPlanVersion: event.data.nextPlanVersion,
          outcomePublishedAt: new Date(event.data.publishedAt),
        },
      );
      return;
  }
};

const applyToComment = async (
  manager: EntityManager,
  commentId: string,
  event: CommentEvent,
): Promise<void> => {
  switch (event.type) {
    case 'CommentSubmitted':
      await manager.upsert(
        ConsultationComment,
        { commentId, consultationId: event.data.consultationId, state: 'submitted' },
        ['commentId'],
      );
      return;
    case 'CommentWithdrawn':
      await manager.update(ConsultationComment, { commentId }, { state: 'withdrawn' });
      return;
    case 'CommentHidden':
      await manager.update(ConsultationComment, { commentId }, { state: 'hidden' });
      return;
    default:
      return;
  }
};

export const consultationListingProjection: Projection = {
  name: 'consultations.consultation-listing',
  entities: [ConsultationListing, ConsultationComment],
  handles: [
    'ConsultationOpened',
    'ConsultationClosed',
    'AmendmentProposed',
    'AmendmentWithdrawn',
    'OutcomePublished',
    'CommentSubmitted',
    'CommentWithdrawn',
    'CommentHidden',
  ],
  apply: async (recorded: RecordedEvent, manager: EntityManager) => {
    const { id } = parseStreamName(recorded.streamName);
    const event = { type: recorded.type, data: recorded.data };
    if (recorded.streamType === COMMENT_STREAM) await applyToComment(manager, id, event as CommentEvent);
    if (recorded.streamType === CONSULTATION_STREAM)
      await applyToConsultation(manager, id, event as ConsultationEvent);
  },
};
