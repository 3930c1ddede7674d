import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { freePort, npmStart, stopIfRunning, waitUntilReady, type StartedProcess } from './support/npm-start';
import { freshDataDir } from '@commonplan/testing';

// npm announces the script it runs on stdout before handing over to it.
const isNpmBanner = (line: string): boolean => line.trim() === '' || line.startsWith('> ');

const logLines = (started: StartedProcess): { pid: number; msg: string }[] =>
  started
    .stdout()
    .split('\n')
    .filter((line) => !isNpmBanner(line))
    .map((line) => JSON.parse(line) as { pid: number; msg: string });

describe('npm start', () => {
  let dataDir: string;
  let started: StartedProcess | undefined;

  beforeAll(() => {
    dataDir = freshDataDir('commonplan-npm-start-');
  });

  afterAll(async () => {
    await stopIfRunning(started);
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Longer than the default timeout: a first start initialises a new PGlite folder, which alone can
  // take most of a minute on a busy machine.
  it('serves the platform from the data folder, logs JSON lines and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    started = npmStart({ COMMONPLAN_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info' });
    await waitUntilReady(started, `http://127.0.0.1:${port}/health`, 90_000);

    const health = (await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as { database: string };
    expect(health.database).toBe('pglite');
    expect(existsSync(path.join(dataDir, 'pglite', 'commonplan.lock'))).toBe(true);

    // Every line the platform wrote is JSON; parsing throws on the first that is not.
    const platformPid = logLines(started)[0]!.pid;
    // The platform itself is told to stop, as a terminal or systemd would tell it: npm runs the script
    // under `sh -c`, and dash does not pass a SIGTERM sent to npm alone on to node.
    process.kill(platformPid, 'SIGTERM');
    expect(await started.exited).toBe(0);

    const messages = logLines(started).map((line) => line.msg);
    expect(messages).toContain(`commonplan is listening on port ${port}`);
    expect(messages).toContain('pglite database closed');
    expect(existsSync(path.join(dataDir, 'pglite', 'commonplan.lock'))).toBe(false);
  }, 120_000);
});
