import type { EntityManager } from 'typeorm';
import { parseStreamName, type Projection, type RecordedEvent } from '@commonplan/event-store';
import type { BallotCast } from '../ballots/ballot.events';
import { CountedBallotRow } from './counted-ballot.entity';

const rowOf = (recorded: RecordedEvent): CountedBallotRow => {
  const cast = recorded.data as BallotCast;
  return {
    ballotId: parseStreamName(recorded.streamName).id,
    cycleId: cast.cycleId,
    receipt: recorded.hash,
    district: cast.district,
    kind: cast.kind,
    projects: cast.projects,
    points: cast.points,
    version: recorded.streamPosition,
    logPosition: recorded.position,
  };
};

/**
 * Each ballot stream's last version, with its receipt: what the tally counts and later publishes.
 * While voting runs a batch holds many ballots, written in one statement; a voter who changed their
 * ballot within the batch is written once, as last cast, since one statement may not touch a row twice.
 */
const writeLastOf = async (events: readonly RecordedEvent[], manager: EntityManager): Promise<void> => {
  const last = new Map(events.map((event) => [event.streamName, rowOf(event)]));
  await manager.upsert(CountedBallotRow, [...last.values()], ['ballotId']);
};

export const countedBallotsProjection: Projection = {
  name: 'budgeting.counted-ballots',
  entities: [CountedBallotRow],
  handles: ['BallotCast'],
  apply: (recorded, manager) => writeLastOf([recorded], manager),
  applyAll: writeLastOf,
};
