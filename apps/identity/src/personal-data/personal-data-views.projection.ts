import type { EntityManager } from 'typeorm';
import { parseStreamName, type Projection, type RecordedEvent } from '@commonplan/event-store';
import { PersonalDataViewRecord } from './personal-data-view.entity';

interface Viewed {
  readonly viewedBy: string;
  readonly viewerRoles: string[];
  readonly fields: string[];
  readonly reason: string;
}

export const personalDataViewsProjection: Projection = {
  name: 'identity.personal-data-views',
  entities: [PersonalDataViewRecord],
  handles: ['PersonalDataViewed'],
  apply: async (event: RecordedEvent, manager: EntityManager) => {
    const data = event.data as Viewed;
    await manager.upsert(
      PersonalDataViewRecord,
      {
        eventId: event.eventId,
        participantId: parseStreamName(event.streamName).id,
        viewedBy: data.viewedBy,
        viewerRoles: data.viewerRoles,
        fields: data.fields,
        reason: data.reason,
        viewedAt: new Date(event.recordedAt),
      },
      ['eventId'],
    );
  },
};
