import { engines } from '@commonplan/testing';
import { motionTallies, openMotions, until, type Motions } from './motion-tallies.fixture';
import type { Projection } from './projection';
import { readCheckpoint } from './projection-checkpoints';
import { ProjectionRunner } from './projection-runner';

describe.each(engines)('the projection runner on %s', (_engine, open) => {
  let motions: Motions;
  const runners: ProjectionRunner[] = [];
  const run = async (projection: Projection, options: { batchSize?: number; errors?: unknown[] } = {}) => {
    const runner = new ProjectionRunner({
      store: motions.store,
      dataSource: motions.dataSource,
      projections: [projection],
      batchSize: options.batchSize ?? 100,
      onError: (error) => options.errors?.push(error),
    });
    runners.push(runner);
    await runner.start();
    return runner;
  };
  const checkpoint = () => readCheckpoint(motions.dataSource, 'motion-tallies');

  beforeEach(async () => (motions = await openMotions(await open())));
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
    await motions.close();
  });

  it('projects the log into rows, then follows it as it grows', async () => {
    await motions.append(
      '1',
      ['MotionTabled', 'Interpreters at the town hall'],
      ['MotionAmended', 'Interpreters'],
    );
    await motions.append('2', ['MotionTabled', 'Night buses']);
    const runner = await run(motionTallies());
    await runner.caughtUp();
    expect((await motions.rows()).tallies).toEqual([
      { stream_name: 'motion-1', changes: 2, last_title: 'Interpreters' },
      { stream_name: 'motion-2', changes: 1, last_title: 'Night buses' },
    ]);

    await motions.append('2', ['MotionWithdrawn']);
    const last = await motions.append('3', ['MotionTabled', 'Benches']);
    await runner.caughtUp();
    const { tallies, changes } = await motions.rows();
    expect(tallies.map((t: { stream_name: string }) => t.stream_name)).toEqual([
      'motion-1',
      'motion-2',
      'motion-3',
    ]);
    expect(changes).toHaveLength(4);
    expect(await checkpoint()).toEqual({ position: last.position, generation: 0 });
  });

  it('moves the checkpoint past events it does not handle', async () => {
    await motions.append('1', ['MotionTabled', 'Benches']);
    const withdrawn = await motions.append('1', ['MotionWithdrawn']);
    const runner = await run(motionTallies());
    await runner.caughtUp();
    expect((await checkpoint()).position).toBe(withdrawn.position);
  });

  it('commits a batch with its checkpoint or not at all: a failing apply leaves no trace of the batch', async () => {
    const first = await motions.append('1', ['MotionTabled', 'Shade trees']);
    const poison = new Set(['Poison']);
    const errors: unknown[] = [];
    const runner = await run(motionTallies({ poison }), { errors });
    await runner.caughtUp();
    // One append is one transaction, so its three events arrive as one batch.
    await motions.append(
      '2',
      ['MotionTabled', 'Fine'],
      ['MotionAmended', 'Poison'],
      ['MotionAmended', 'Never'],
    );
    await until(() => errors.length >= 2, 'the poisoned batch failed and was retried');
    expect(errors[0]).toEqual(new Error('cannot project Poison'));
    const { tallies, changes } = await motions.rows();
    expect(tallies).toEqual([{ stream_name: 'motion-1', changes: 1, last_title: 'Shade trees' }]);
    expect(changes).toHaveLength(1);
    expect((await checkpoint()).position).toBe(first.position);

    poison.clear();
    await runner.caughtUp();
    expect((await motions.rows()).tallies).toEqual([
      { stream_name: 'motion-1', changes: 1, last_title: 'Shade trees' },
      { stream_name: 'motion-2', changes: 3, last_title: 'Never' },
    ]);
  });

  it('resumes from its checkpoint after a crash between batches, applying nothing twice', async () => {
    for (const title of ['one', 'two', 'three', 'four', 'five'])
      await motions.append('7', ['MotionAmended', title]);
    const errors: unknown[] = [];
    const crashing = await run(motionTallies({ poison: new Set(['four']) }), { batchSize: 1, errors });
    await until(() => errors.length > 0, 'the runner got stuck on the fourth event');
    await crashing.stop();
    expect((await motions.rows()).tallies).toEqual([
      { stream_name: 'motion-7', changes: 3, last_title: 'three' },
    ]);

    await motions.append('7', ['MotionAmended', 'six']);
    const restarted = await run(motionTallies(), { batchSize: 1 });
    await restarted.caughtUp();
    const { tallies, changes } = await motions.rows();
    expect(tallies).toEqual([{ stream_name: 'motion-7', changes: 6, last_title: 'six' }]);
    expect(changes.map((c: { title: string }) => c.title)).toEqual([
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
    ]);
  });

  it('lets two runners of one projection share the work without applying an event twice', async () => {
    const [first, second] = [await run(motionTallies()), await run(motionTallies())];
    for (let n = 0; n < 30; n++) await motions.append(`${n % 3}`, ['MotionAmended', `title ${n}`]);
    await Promise.all([first.caughtUp(), second.caughtUp()]);
    const { tallies, changes } = await motions.rows();
    expect(changes).toHaveLength(30);
    expect(tallies.map((t: { changes: number }) => t.changes)).toEqual([10, 10, 10]);
  });
});
