import { engines, type TestDatabase } from '@commonplan/testing';
import { migrate, MigrationChanged } from './migrations';

describe.each(engines)('SQL database on %s', (_name, open) => {
  let test: TestDatabase;
  beforeEach(async () => (test = await open()));
  afterEach(() => test.drop());

  it('runs multi-statement migrations once, in order, and refuses an edited one', async () => {
    const migrations = [
      { id: 'a/0002-second', sql: 'INSERT INTO notes VALUES (2);' },
      { id: 'a/0001-first', sql: 'CREATE TABLE notes (n int); INSERT INTO notes VALUES (1);' },
    ];
    expect(await migrate(test.db, migrations)).toEqual(['a/0001-first', 'a/0002-second']);
    expect(await migrate(test.db, migrations)).toEqual([]);
    const { rows } = await test.db.query<{ n: number }>('SELECT n FROM notes ORDER BY n');
    expect(rows.map((row) => row.n)).toEqual([1, 2]);
    await expect(migrate(test.db, [{ ...migrations[1]!, sql: 'SELECT 1' }])).rejects.toThrow(
      MigrationChanged,
    );
  });

  it('applies nothing of a migration that fails', async () => {
    await expect(
      migrate(test.db, [{ id: 'b/0001-broken', sql: 'CREATE TABLE t (n int); SELECT no_such_function();' }]),
    ).rejects.toThrow();
    const { rows } = await test.db.query("SELECT to_regclass('t') AS t");
    expect(rows[0]).toEqual({ t: null });
  });

  it('keeps concurrent transactions apart and rolls back the one that throws', async () => {
    await test.db.query('CREATE TABLE ledger (n int)');
    const writes = Array.from({ length: 20 }, (_, n) =>
      test.db.transaction(async (session) => {
        await session.query('INSERT INTO ledger VALUES ($1)', [n]);
        if (n % 5 === 0) throw new Error('rolled back on purpose');
      }),
    );
    const outcomes = await Promise.allSettled(writes);
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(4);
    const { rows } = await test.db.query<{ count: string | number }>(
      'SELECT count(*)::int AS count FROM ledger',
    );
    expect(Number(rows[0]!.count)).toBe(16);
  });

  it('delivers a NOTIFY to a listener', async () => {
    let heard!: (payload: string) => void;
    const received = new Promise<string>((resolve) => (heard = resolve));
    const unlisten = await test.db.listen('commonplan_probe', heard);
    await test.db.query("SELECT pg_notify('commonplan_probe', 'hello')");
    await expect(received).resolves.toBe('hello');
    await unlisten();
  });
});
