import { rmSync } from 'node:fs';
import { npmStart, stopIfRunning, type StartedProcess } from './support/npm-start';
import { freshDataDir } from '@commonplan/testing';

describe('a bad setting', () => {
  let dataDir: string;
  let started: StartedProcess | undefined;

  beforeAll(() => {
    dataDir = freshDataDir('commonplan-bad-setting-', { pglite: false });
  });

  afterAll(async () => {
    await stopIfRunning(started);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops npm start with exit code 1 and a message naming the variable, without a stack trace', async () => {
    started = npmStart({ COMMONPLAN_DATA_DIR: dataDir, PORT: 'abc' });
    expect(await started.exited).toBe(1);
    expect(started.stderr()).toContain('PORT must be an integer between 1 and 65535 (got "abc")');
    expect(started.stderr()).not.toMatch(/^\s+at /m);
  });
});
