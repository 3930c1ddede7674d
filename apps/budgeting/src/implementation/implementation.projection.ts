import type { EntityManager } from 'typeorm';
import { parseStreamName, type Projection, type RecordedEvent } from '@commonplan/event-store';
import type { ImplementationUpdated, ProjectFunded } from '../projects/project.events';
import { FundedProject } from './funded-project.entity';
import { ImplementationUpdateRecord } from './implementation-update.entity';

/** Funded projects and every update on how their delivery goes, for the public implementation page. */
export const implementationProjection: Projection = {
  name: 'budgeting.implementation',
  entities: [FundedProject, ImplementationUpdateRecord],
  handles: ['ProjectFunded', 'ImplementationUpdated'],
  apply: async (recorded: RecordedEvent, manager: EntityManager) => {
    const projectId = parseStreamName(recorded.streamName).id;
    const at = new Date(recorded.recordedAt);
    if (recorded.type === 'ProjectFunded') {
      const { cycleId, amount, by } = recorded.data as ProjectFunded;
      await manager.upsert(FundedProject, { projectId, cycleId, amount, fundedBy: by, fundedAt: at }, [
        'projectId',
      ]);
      return;
    }
    const { status, progress, milestones, photos, note } = recorded.data as ImplementationUpdated;
    await manager.upsert(
      ImplementationUpdateRecord,
      {
        eventId: recorded.eventId,
        projectId,
        logPosition: recorded.position,
        updatedAt: at,
        status,
        progress,
        milestones,
        photos,
        note,
      },
      ['eventId'],
    );
  },
};
