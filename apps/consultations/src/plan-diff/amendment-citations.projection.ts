import type { EntityManager } from 'typeorm';
import { parseStreamName, type Projection, type RecordedEvent } from '@commonplan/event-store';
import type { AmendmentProposed } from '../consultations/consultation.events';
import { AmendmentCitation } from './amendment-citation.entity';

/**
 * Withdrawn amendments keep their row: a version derived from a consultation lists only the ones
 * that stood, so the diff never looks a withdrawn one up.
 */
export const amendmentCitationsProjection: Projection = {
  name: 'consultations.amendment-citations',
  entities: [AmendmentCitation],
  handles: ['AmendmentProposed'],
  apply: async (recorded: RecordedEvent, manager: EntityManager) => {
    const { amendmentId, motivatedBy } = recorded.data as AmendmentProposed;
    await manager.upsert(
      AmendmentCitation,
      {
        amendmentId,
        consultationId: parseStreamName(recorded.streamName).id,
        commentIds: [...motivatedBy],
      },
      ['amendmentId'],
    );
  },
};
