import type { EntityManager } from 'typeorm';
import { parseStreamName, type Projection, type RecordedEvent } from '@commonplan/event-store';
import type { CommentEvent } from '../comments/comment.events';
import { CommentListing } from './comment-listing.entity';

const applyComment = async (
  commentId: string,
  event: CommentEvent,
  manager: EntityManager,
): Promise<void> => {
  switch (event.type) {
    case 'CommentSubmitted': {
      const { enteredBy: _enteredBy, receivedAt, ...submitted } = event.data;
      await manager.upsert(
        CommentListing,
        {
          ...submitted,
          commentId,
          receivedAt: new Date(receivedAt),
          withdrawn: false,
          hiddenReason: null,
          duplicateOf: null,
          response: null,
          outcomePublished: false,
        },
        ['commentId'],
      );
      return;
    }
    case 'CommentWithdrawn':
      await manager.update(CommentListing, { commentId }, { withdrawn: true });
      return;
    case 'CommentHidden':
      await manager.update(CommentListing, { commentId }, { hiddenReason: event.data.reason });
      return;
    case 'CommentMarkedDuplicate':
      await manager.update(CommentListing, { commentId }, { duplicateOf: event.data.duplicateOf });
      return;
    case 'ResponseDrafted': {
      const { draftedBy: _draftedBy, ...response } = event.data;
      await manager.update(CommentListing, { commentId }, { response });
      return;
    }
  }
};

/** The comments of each consultation, their moderation and responses, and whether the outcome is out. */
export const commentListingProjection: Projection = {
  name: 'consultations.comment-listing',
  entities: [CommentListing],
  handles: [
    'CommentSubmitted',
    'CommentWithdrawn',
    'CommentHidden',
    'CommentMarkedDuplicate',
    'ResponseDrafted',
    'OutcomePublished',
  ],
  apply: async (recorded: RecordedEvent, manager: EntityManager) => {
    const id = parseStreamName(recorded.streamName).id;
    if (recorded.type === 'OutcomePublished') {
      await manager.update(CommentListing, { consultationId: id }, { outcomePublished: true });
      return;
    }
    await applyComment(id, { type: recorded.type, data: recorded.data } as CommentEvent, manager);
  },
};
