import type { EntityManager } from 'typeorm';
import { parseStreamName, type Projection, type RecordedEvent } from '@commonplan/event-store';
import type { ProjectFollowingEvent } from '../following/project-following.events';
import type { FeasibilityAssessed, ImplementationUpdated, ProjectProposed } from '../projects/project.events';
import { Notification } from './notification.entity';
import { NotificationFollower } from './notification-follower.entity';
import { NotificationProject } from './notification-project.entity';

/** Rows per statement, far below PostgreSQL's 65,535 bind parameters. */
const CHUNK = 500;

const deliver = async (recorded: RecordedEvent, manager: EntityManager): Promise<void> => {
  const projectId = parseStreamName(recorded.streamName).id;
  const followers = await manager.find(NotificationFollower, { where: { projectId } });
  if (followers.length === 0) return;
  const project = await manager.findOneBy(NotificationProject, { projectId });
  const { status, progress, note } = recorded.data as ImplementationUpdated;
  const rows = followers.map(({ participantId }) => ({
    participantId,
    kind: 'implementation-update' as const,
    eventId: recorded.eventId,
    projectId,
    logPosition: recorded.position,
    updatedAt: new Date(recorded.recordedAt),
    projectTitle: project?.title ?? {},
    status,
    progress,
    note,
  }));
  for (let start = 0; start < rows.length; start += CHUNK)
    await manager.upsert(Notification, rows.slice(start, start + CHUNK), ['participantId', 'eventId']);
};

/** The proposer learns the decision on their project, and above all why it cannot be done. */
const tellProposer = async (recorded: RecordedEvent, manager: EntityManager): Promise<void> => {
  const projectId = parseStreamName(recorded.streamName).id;
  const project = await manager.findOneBy(NotificationProject, { projectId });
  if (!project?.proposedBy) return;
  const { feasible, reason } = recorded.data as FeasibilityAssessed;
  await manager.upsert(
    Notification,
    {
      participantId: project.proposedBy,
      kind: 'feasibility-assessed',
      eventId: recorded.eventId,
      projectId,
      logPosition: recorded.position,
      updatedAt: new Date(recorded.recordedAt),
      projectTitle: project.title,
      status: feasible ? 'feasible' : 'not-feasible',
      progress: null,
      note: reason ?? {},
    },
    ['participantId', 'eventId'],
  );
};

/**
 * Each follower's inbox of implementation updates. Built from events alone (who followed which
 * project when, each project's title, each update), so replaying the log gives the same inboxes:
 * an update reaches exactly those following its project when it was made. Sending mail is not done
 * here: a projection may be rebuilt, and a rebuild must never mail anyone twice.
 */
export const notificationsProjection: Projection = {
  name: 'budgeting.notifications',
  entities: [Notification, NotificationFollower, NotificationProject],
  handles: [
    'ProjectProposed',
    'FeasibilityAssessed',
    'ProjectFollowed',
    'ProjectUnfollowed',
    'ImplementationUpdated',
  ],
  apply: async (recorded: RecordedEvent, manager: EntityManager) => {
    switch (recorded.type) {
      case 'ProjectProposed': {
        const { title, proposedBy } = recorded.data as ProjectProposed;
        const projectId = parseStreamName(recorded.streamName).id;
        await manager.upsert(NotificationProject, { projectId, title, proposedBy }, ['projectId']);
        return;
      }
      case 'FeasibilityAssessed':
        await tellProposer(recorded, manager);
        return;
      case 'ProjectFollowed':
      case 'ProjectUnfollowed': {
        const { type, data } = recorded as unknown as ProjectFollowingEvent;
        const follower = { projectId: data.projectId, participantId: data.participantId };
        if (type === 'ProjectFollowed')
          await manager.upsert(NotificationFollower, follower, ['projectId', 'participantId']);
        else await manager.delete(NotificationFollower, follower);
        return;
      }
      case 'ImplementationUpdated':
        await deliver(recorded, manager);
        return;
    }
  },
};
