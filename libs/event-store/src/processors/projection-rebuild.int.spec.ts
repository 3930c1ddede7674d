import { engines } from '@commonplan/testing';
import type { ReadAllOptions } from '../port/event-store';
import { motionTallies, openMotions, type Motions } from './motion-tallies.fixture';
import type { Projection } from './projection';
import { readCheckpoint } from './projection-checkpoints';
import { ProjectionRunner } from './projection-runner';
import { RebuildRefused } from './rebuild-tables';
import { ReactorRunner } from './reactor-runner';

// Index and constraint names, which a later migration may refer to.
const SCHEMA_NAMES_SQL = `
SELECT indexname AS name FROM pg_indexes WHERE tablename IN ('motion_tallies', 'motion_changes')
UNION ALL
SELECT conname FROM pg_constraint WHERE conrelid IN ('motion_tallies'::regclass, 'motion_changes'::regclass)
ORDER BY name`;

describe.each(engines)('rebuilding a projection on %s', (_engine, open) => {
  let motions: Motions;
  let runner: ProjectionRunner;
  const start = async (projection: Projection = motionTallies()) => {
    runner = new ProjectionRunner({
      store: motions.store,
      dataSource: motions.dataSource,
      projections: [projection],
      batchSize: 25,
    });
    await runner.start();
    await runner.caughtUp();
  };
  const tables = () =>
    motions.dataSource.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables WHERE table_name LIKE '%motion%' ORDER BY table_name`,
    );

  beforeEach(async () => {
    motions = await openMotions(await open());
    for (let n = 0; n < 60; n++) await motions.append(`${n % 7}`, ['MotionAmended', `draft ${n}`]);
  });
  afterEach(async () => {
    await runner.stop();
    await motions.close();
  });

  it('builds identical rows in fresh tables and switches to them, keeping index and constraint names', async () => {
    await start();
    const before = await motions.rows();
    const schemaNames = await motions.dataSource.query(SCHEMA_NAMES_SQL);

    const rebuilt = await runner.rebuild('motion-tallies');

    expect(rebuilt).toEqual({ position: await motions.store.head(), generation: 1 });
    expect(await readCheckpoint(motions.dataSource, 'motion-tallies')).toEqual(rebuilt);
    expect(await motions.rows()).toEqual(before);
    expect(await motions.dataSource.query(SCHEMA_NAMES_SQL)).toEqual(schemaNames);
    expect(await tables()).toEqual([{ table_name: 'motion_changes' }, { table_name: 'motion_tallies' }]);
    expect((await runner.rebuild('motion-tallies')).generation).toBe(2);
  });

  it('replays all of history through the projection code of today', async () => {
    await start();
    await runner.stop();
    await start(motionTallies({ show: (title) => title.toUpperCase() }));
    await motions.append('0', ['MotionAmended', 'final']);
    await runner.caughtUp();
    expect(
      (await motions.rows()).changes.filter((c: { title: string }) => c.title === c.title.toUpperCase()),
    ).toHaveLength(1);

    await runner.rebuild('motion-tallies');
    const { changes, tallies } = await motions.rows();
    expect(changes.every((c: { title: string }) => c.title === c.title.toUpperCase())).toBe(true);
    expect(tallies.find((t: { stream_name: string }) => t.stream_name === 'motion-0')?.last_title).toBe(
      'FINAL',
    );
  });

  it('keeps the live tables readable and loses nothing appended while it runs', async () => {
    let appended = 60;
    const seen: number[] = [];
    const failures: unknown[] = [];
    const count = () =>
      motions.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM motion_changes').then(
        ([row]) => void seen.push(row!.n),
        (error: unknown) => void failures.push(error),
      );
    const append = async () => {
      await motions.append(`${appended % 7}`, ['MotionAmended', `during ${appended}`]);
      appended++;
    };
    // Before each batch the rebuild reads, the city appends an event and a resident reads the live table.
    const busyStore = new Proxy(motions.store, {
      get: (store, property, receiver) =>
        property === 'readAll'
          ? async (options: ReadAllOptions) => {
              await append();
              await count();
              return store.readAll(options);
            }
          : Reflect.get(store, property, receiver),
    });
    runner = new ProjectionRunner({
      store: busyStore,
      dataSource: motions.dataSource,
      projections: [motionTallies()],
      batchSize: 10,
    });
    await runner.start();
    // PGlite in memory runs without real I/O, so only the reads above interleave with the rebuild there;
    // on PostgreSQL this reader also hits the tables while they are swapped.
    let done = false;
    const reading = (async () => {
      while (!done) {
        await count();
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const rebuilt = await runner.rebuild('motion-tallies').finally(() => (done = true));
    await reading;
    await append();
    await runner.caughtUp();

    expect(rebuilt.generation).toBe(1);
    expect(appended).toBeGreaterThan(65);
    expect(failures).toEqual([]);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const { changes, tallies } = await motions.rows();
    expect(changes).toHaveLength(appended);
    const perMotion = Array.from({ length: 7 }, (_, m) => Math.ceil((appended - m) / 7));
    expect(tallies.map((t: { changes: number }) => t.changes)).toEqual(perMotion);
  });

  it('never runs a reactor again: its deliveries and checkpoint are untouched', async () => {
    let deliveries = 0;
    const reactor = new ReactorRunner({
      store: motions.store,
      reactor: { name: 'mailer', handles: ['MotionAmended'], react: async () => void deliveries++ },
    });
    reactor.start();
    await reactor.caughtUp();
    await start();
    const checkpointSql = `SELECT position FROM subscription_checkpoints WHERE name = 'reactor:mailer'`;
    const reactorCheckpoint = await motions.dataSource.query(checkpointSql);

    await runner.rebuild('motion-tallies');
    await reactor.caughtUp();
    await reactor.stop();

    expect(deliveries).toBe(60);
    expect(await motions.dataSource.query(checkpointSql)).toEqual(reactorCheckpoint);
  });

  it('is abandoned when the runner stops, dropping its tables and keeping the live ones', async () => {
    await start();
    const before = await motions.rows();
    const rebuilding = runner.rebuild('motion-tallies');
    await runner.stop();
    await expect(rebuilding).rejects.toThrow(/aborted/i);
    expect(await motions.rows()).toEqual(before);
    expect((await tables()).map((t) => t.table_name)).toEqual(['motion_changes', 'motion_tallies']);
    expect((await readCheckpoint(motions.dataSource, 'motion-tallies')).generation).toBe(0);
  });

  it('refuses a table it cannot swap safely, and leaves the live one as it was', async () => {
    await start();
    await motions.dataSource.query('CREATE VIEW motion_titles AS SELECT title FROM motion_changes');
    const before = await motions.rows();
    await expect(runner.rebuild('motion-tallies')).rejects.toThrow(RebuildRefused);
    expect(await motions.rows()).toEqual(before);
    expect((await tables()).map((t) => t.table_name)).toEqual([
      'motion_changes',
      'motion_tallies',
      'motion_titles',
    ]);
    expect((await readCheckpoint(motions.dataSource, 'motion-tallies')).generation).toBe(0);
  });
});
