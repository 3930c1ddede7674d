import type { EntityManager } from 'typeorm';
import { parseStreamName, type Projection, type RecordedEvent } from '@commonplan/event-store';
import type { BallotCast } from '../ballots/ballot.events';
import { CountedBallotRow } from './counted-ballot.entity';

/** Each ballot stream's last version, with its receipt: what the tally counts and later publishes. */
export const countedBallotsProjection: Projection = {
  name: 'budgeting.counted-ballots',
  entities: [CountedBallotRow],
  handles: ['BallotCast'],
  apply: async (recorded: RecordedEvent, manager: EntityManager) => {
    const cast = recorded.data as BallotCast;
    await manager.upsert(
      CountedBallotRow,
      {
        ballotId: parseStreamName(recorded.streamName).id,
        cycleId: cast.cycleId,
        receipt: recorded.hash,
        district: cast.district,
        kind: cast.kind,
        projects: cast.projects,
        points: cast.points,
        version: recorded.streamPosition,
        logPosition: recorded.position,
      },
      ['ballotId'],
    );
  },
};
