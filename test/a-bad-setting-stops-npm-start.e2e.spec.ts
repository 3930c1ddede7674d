import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { npmStart, stopIfRunning, type StartedProcess } from './support/npm-start';

describe('a bad setting', () => {
  let dataDir: string;
  let started: StartedProcess | undefined;

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'commonplan-bad-setting-'));
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
