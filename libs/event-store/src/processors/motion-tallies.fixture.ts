import { randomUUID } from 'node:crypto';
import { s } from '@commonplan/kernel';
import type { TestDatabase } from '@commonplan/testing';
import { Column, DataSource, Entity, PrimaryColumn, type EntityManager } from 'typeorm';
import { EventCatalog } from '../port/catalog';
import type { RecordedEvent } from '../port/event-store';
import { eventStoreMigrations, PostgresEventStore } from '../postgres';
import { migrate } from '../sql/migrations';
import { readModelOptions } from '../sql/read-model-options';
import { processorMigrations } from './processor.migrations';
import type { Projection } from './projection';

@Entity('motion_tallies')
export class MotionTally {
  @PrimaryColumn('text', { name: 'stream_name' }) streamName!: string;
  @Column('int') changes!: number;
  @Column('text', { name: 'last_title' }) lastTitle!: string;
}

@Entity('motion_changes')
export class MotionChange {
  @PrimaryColumn('uuid', { name: 'event_id' }) eventId!: string;
  @Column('text', { name: 'stream_name' }) streamName!: string;
  @Column('text') type!: string;
  @Column('text') position!: string;
  @Column('text') title!: string;
}

const READ_MODEL_SQL = `
CREATE TABLE motion_tallies (stream_name text PRIMARY KEY, changes int NOT NULL CHECK (changes > 0), last_title text NOT NULL);
CREATE TABLE motion_changes (
  event_id uuid PRIMARY KEY, stream_name text NOT NULL, type text NOT NULL, position text NOT NULL UNIQUE, title text NOT NULL
);
CREATE INDEX motion_changes_by_stream ON motion_changes (stream_name, position);
`;

const catalog = new EventCatalog([
  {
    streamType: 'motion',
    events: [
      { type: 'MotionTabled', version: 1, schema: s.object({ title: s.string() }) },
      { type: 'MotionAmended', version: 1, schema: s.object({ title: s.string() }) },
      { type: 'MotionWithdrawn', version: 1, schema: s.object({}) },
    ],
  },
]);

export interface MotionTalliesBehaviour {
  /** Titles whose event makes `apply` throw, after it has written part of its rows. */
  readonly poison?: ReadonlySet<string>;
  /** How a title is shown: changing it is a new version of the projection's code. */
  readonly show?: (title: string) => string;
}

/** A projection over motions: one row per change, one tally per motion. */
export const motionTallies = (behaviour: MotionTalliesBehaviour = {}): Projection => ({
  name: 'motion-tallies',
  entities: [MotionTally, MotionChange],
  handles: ['MotionTabled', 'MotionAmended'],
  apply: async (event: RecordedEvent, manager: EntityManager) => {
    const title = (behaviour.show ?? ((t) => t))((event.data as { title: string }).title);
    const { streamName, eventId, type, position } = event;
    await manager.getRepository(MotionChange).insert({ eventId, streamName, type, position, title });
    if (behaviour.poison?.has(title)) throw new Error(`cannot project ${title}`);
    const tallies = manager.getRepository(MotionTally);
    const tally = await tallies.findOneBy({ streamName });
    await tallies.save({ streamName, changes: (tally?.changes ?? 0) + 1, lastTitle: title });
  },
});

export const dataSourceOn = (test: TestDatabase): Promise<DataSource> =>
  new DataSource(readModelOptions(test.db, test.url || undefined, [MotionTally, MotionChange])).initialize();

/** The event store, the read-model tables and a data source over them, on one fresh database. */
export const openMotions = async (test: TestDatabase) => {
  await migrate(test.db, [
    ...eventStoreMigrations,
    ...processorMigrations,
    { id: 'test/0001-motion-read-models', sql: READ_MODEL_SQL },
  ]);
  const store = new PostgresEventStore(test.db, catalog, { pollIntervalMs: 50 });
  const dataSource = await dataSourceOn(test);
  const append = (motion: string, ...changes: readonly [type: string, title?: string][]) =>
    store.append(
      `motion-${motion}`,
      changes.map(([type, title]) => ({
        eventId: randomUUID(),
        type,
        data: title === undefined ? {} : { title },
        metadata: { correlationId: randomUUID() },
      })),
      'any',
    );
  const rows = async () => ({
    tallies: await dataSource.query('SELECT * FROM motion_tallies ORDER BY stream_name'),
    changes: await dataSource.query('SELECT * FROM motion_changes ORDER BY position'),
  });
  const close = async () => {
    await store.close();
    if (dataSource.isInitialized) await dataSource.destroy();
    await test.drop();
  };
  return { store, dataSource, append, rows, close };
};

export type Motions = Awaited<ReturnType<typeof openMotions>>;

/** Polls until `condition` holds: subscriptions deliver on their own schedule. */
export const until = async (condition: () => boolean | Promise<boolean>, what: string): Promise<void> => {
  const deadline = Date.now() + 20_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};
