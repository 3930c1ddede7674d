import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { freshPostgres, freshDataDir } from '@commonplan/testing';
import type { EventStore, SqlDatabase } from '@commonplan/event-store';
import { contextTopic, type IntegrationMessage, type MessageBus } from '@commonplan/messaging';
import { EVENT_STORE, SQL_DATABASE } from '../database/database.tokens';
import { createPlatformApp } from '../platform-app';
import { Processors } from '../processors/processors';
import { belfryContext, belfryMapping, parishContext } from './integration.fixture';
import { relaySubscriptionOf } from './integration-relay';
import { MESSAGE_BUS } from './message-bus';

const TOPIC = contextTopic('belfry');

const until = async (condition: () => boolean, what: string): Promise<void> => {
  const deadline = Date.now() + 15_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe.each([
  ['PGlite', undefined],
  ['PostgreSQL', freshPostgres],
] as const)('integration events between two contexts of one process on %s', (_engine, freshServer) => {
  let dataDir: string;
  let dropServer: (() => Promise<void>) | undefined;
  let app: NestExpressApplication;
  let db: SqlDatabase;
  let store: EventStore;
  let bus: MessageBus;
  let processors: Processors;
  const seen: IntegrationMessage[] = [];

  let databaseUrl: string | undefined;

  /** Starts the two contexts on the test's database, as a process start would. */
  const start = async (): Promise<void> => {
    app = await createPlatformApp({
      name: 'commonplan-relay-test',
      config: { port: 0, dataDir, databaseUrl, logLevel: 'silent', environment: 'test' },
      contexts: [belfryContext, parishContext],
    });
    db = app.get(SQL_DATABASE);
    store = app.get(EVENT_STORE);
    bus = app.get(MESSAGE_BUS);
    processors = app.get(Processors);
    // A group of its own sees the topic as every consumer does.
    await bus.subscribe({ group: 'observer', topics: [TOPIC], handle: async (m) => void seen.push(m) });
  };

  beforeAll(async () => {
    dataDir = freshDataDir('commonplan-relay-', { pglite: !freshServer });
    const server = await freshServer?.({ maxConnections: 1 });
    dropServer = server?.drop;
    databaseUrl = server?.url;
    await start();
  });

  afterAll(async () => {
    await app?.close();
    await dropServer?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  beforeEach(() => {
    seen.length = 0;
    Object.assign(belfryMapping, { leaksRinger: false, attempts: 0 });
  });

  const ring = async (bell: string, strokes: number, correlationId = randomUUID()): Promise<string> => {
    const eventId = randomUUID();
    await store.append(
      `bell-${bell}`,
      [
        {
          eventId,
          type: 'BellRung',
          data: { bell, strokes, ringer: 'Ana Horvat' },
          metadata: { correlationId },
        },
      ],
      'any',
    );
    return eventId;
  };

  const strokesOf = async (bell: string): Promise<number | undefined> => {
    const { rows } = await db.query<{ strokes: number }>(
      'SELECT strokes FROM parish_strokes WHERE bell = $1',
      [bell],
    );
    return rows[0]?.strokes;
  };

  const relayCheckpoint = async (): Promise<string | undefined> => {
    const { rows } = await db.query<{ position: string }>(
      'SELECT position::text AS position FROM subscription_checkpoints WHERE name = $1',
      [relaySubscriptionOf('belfry')],
    );
    return rows[0]?.position;
  };

  it('publishes what the mapping picks, keyed by stream, with id, type, version and correlation id', async () => {
    const correlationId = randomUUID();
    const eventId = await ring('st-mark', 3, correlationId);
    await store.append(
      'bell-st-mark',
      [{ eventId: randomUUID(), type: 'BellOiled', data: { by: 'Ana Horvat' }, metadata: { correlationId } }],
      'any',
    );
    await processors.relay.caughtUp();

    expect(seen).toEqual([
      {
        eventId,
        type: 'BellRung',
        schemaVersion: 1,
        key: 'bell-st-mark',
        correlationId,
        occurredAt: expect.any(Date),
        payload: { bell: 'st-mark', strokes: 3 },
      },
    ]);
    expect(JSON.stringify(seen)).not.toContain('Ana Horvat');
    expect(await strokesOf('st-mark')).toBe(3);
  });

  it('changes nothing when a consumer gets an event it already processed', async () => {
    await ring('cathedral', 5);
    await processors.relay.caughtUp();
    const [message] = seen;
    expect(await strokesOf('cathedral')).toBe(5);

    await bus.publish(TOPIC, [message!, message!]);

    expect(seen).toHaveLength(3);
    expect(await strokesOf('cathedral')).toBe(5);
    const { rows } = await db.query(
      'SELECT event_id FROM processed_messages WHERE consumer = $1 AND event_id = $2',
      ['parish.strokes', message!.eventId],
    );
    expect(rows).toHaveLength(1);
  });

  it('holds its checkpoint before an event it could not publish, then publishes in order', async () => {
    const before = await relayCheckpoint();
    belfryMapping.leaksRinger = true;
    await ring('chapel', 1);
    await ring('chapel', 2);
    // The contract refuses the ringer's name, so the batch fails and is tried again, and again.
    await until(() => belfryMapping.attempts >= 2, 'the relay tried twice');
    expect(seen).toEqual([]);
    expect(await relayCheckpoint()).toBe(before);
    expect(await strokesOf('chapel')).toBeUndefined();

    belfryMapping.leaksRinger = false;
    await processors.relay.caughtUp();
    expect(seen.map((m) => m.payload)).toEqual([
      { bell: 'chapel', strokes: 1 },
      { bell: 'chapel', strokes: 2 },
    ]);
    expect(await strokesOf('chapel')).toBe(3);
    expect(await relayCheckpoint()).not.toBe(before);
  });

  it('publishes nothing again when a projection is rebuilt', async () => {
    await ring('tower', 4);
    await processors.relay.caughtUp();
    const published = seen.length;

    await processors.projections.rebuild('belfry.bells');
    await processors.projections.caughtUp();
    await ring('tower', 1);
    await processors.relay.caughtUp();

    expect(seen).toHaveLength(published + 1);
    expect(await strokesOf('tower')).toBe(5);
    await processors.projections.caughtUp();
    const { rows } = await db.query<{ strokes: number }>('SELECT strokes FROM belfry_bells WHERE bell = $1', [
      'tower',
    ]);
    expect(rows).toEqual([{ strokes: 5 }]);
  });

  it('goes on after a restart from where it left off, publishing nothing twice', async () => {
    await ring('harbour', 2);
    await processors.relay.caughtUp();
    expect(seen).toHaveLength(1);

    await app.close();
    seen.length = 0;
    await start();
    await ring('harbour', 1);
    await processors.relay.caughtUp();

    expect(seen.map((m) => m.payload)).toEqual([{ bell: 'harbour', strokes: 1 }]);
    expect(await strokesOf('harbour')).toBe(3);
  });
});
