import { engines } from '@commonplan/testing';
import type { RecordedEvent } from '../port/event-store';
import { openMotions, until, type Motions } from './motion-tallies.fixture';
import type { Reactor, ReactorFailure } from './reactor';
import { ReactorRunner } from './reactor-runner';

describe.each(engines)('the reactor runner on %s', (_engine, open) => {
  let motions: Motions;
  const runners: ReactorRunner[] = [];
  const run = (reactor: Reactor, onError?: (error: unknown, failure: ReactorFailure) => void) => {
    const runner = new ReactorRunner({
      store: motions.store,
      reactor,
      backoff: { initialDelayMs: 5, maxDelayMs: 20 },
      onError: onError ?? (() => undefined),
    });
    runners.push(runner);
    runner.start();
    return runner;
  };
  const savedCheckpoint = async () => {
    const rows = await motions.dataSource.query<{ position: string }[]>(
      `SELECT position FROM subscription_checkpoints WHERE name = 'reactor:mailer'`,
    );
    return rows[0]?.position;
  };
  const titleOf = (event: RecordedEvent) => (event.data as { title: string }).title;

  beforeEach(async () => (motions = await openMotions(await open())));
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
    await motions.close();
  });

  it('retries a failing reaction, reports each failure, and then delivers it', async () => {
    const mailed: string[] = [];
    const failures: [string, ReactorFailure][] = [];
    let outages = 2;
    const runner = run(
      {
        name: 'mailer',
        handles: ['MotionTabled'],
        react: async (event) => {
          if (titleOf(event) === 'Night buses' && outages-- > 0) throw new Error('mail server down');
          mailed.push(titleOf(event));
        },
      },
      (error, failure) => failures.push([(error as Error).message, failure]),
    );
    await motions.append('1', ['MotionTabled', 'Benches']);
    await motions.append('2', ['MotionTabled', 'Night buses']);
    const last = await motions.append('3', ['MotionTabled', 'Shade trees'], ['MotionWithdrawn']);
    await runner.caughtUp();

    expect(mailed).toEqual(['Benches', 'Night buses', 'Shade trees']);
    expect(
      failures.map(([message, { reactor, event, attempt }]) => [message, reactor, titleOf(event!), attempt]),
    ).toEqual([
      ['mail server down', 'mailer', 'Night buses', 1],
      ['mail server down', 'mailer', 'Night buses', 2],
    ]);
    await until(
      async () => (await savedCheckpoint()) === last.position,
      'the checkpoint reached the last event',
    );
  });

  it('resumes after its last saved checkpoint when restarted', async () => {
    const mailed: string[] = [];
    const mailer: Reactor = {
      name: 'mailer',
      handles: ['MotionTabled'],
      react: async (e) => void mailed.push(titleOf(e)),
    };
    const first = run(mailer);
    await motions.append('1', ['MotionTabled', 'Benches']);
    await first.caughtUp();
    await first.stop();

    await motions.append('2', ['MotionTabled', 'Night buses']);
    const second = run(mailer);
    await second.caughtUp();
    expect(mailed).toEqual(['Benches', 'Night buses']);
  });

  it('leaves an event it could not react to for the next start, never skipping it', async () => {
    const mailed: string[] = [];
    let serverUp = false;
    const mailer: Reactor = {
      name: 'mailer',
      handles: ['MotionTabled'],
      react: async (event) => {
        if (!serverUp) throw new Error('mail server down');
        mailed.push(titleOf(event));
      },
    };
    const failures: ReactorFailure[] = [];
    const first = run(mailer, (_error, failure) => failures.push(failure));
    await motions.append('1', ['MotionTabled', 'Benches']);
    await until(() => failures.length >= 3, 'the reaction failed a few times');
    await first.stop();
    expect(await savedCheckpoint()).toBeUndefined();

    serverUp = true;
    const second = run(mailer);
    await second.caughtUp();
    expect(mailed).toEqual(['Benches']);
  });
});
