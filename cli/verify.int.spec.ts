import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '@commonplan/event-store';
import { freshPostgres, freshDataDir } from '@commonplan/testing';
import { sampleKey, writeSampleLog } from '../libs/event-store/src/verification/sample-log.fixture';

const BIN = path.join(__dirname, '..', 'bin', 'commonplan.js');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real executable in a process of its own, from a folder outside the repository. */
const commonplan = (args: readonly string[], env: Record<string, string>): Promise<Run> => {
  const { NODE_OPTIONS: _jestOnly, DATABASE_URL: _notThisOne, ...inherited } = process.env;
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: tmpdir(), env: { ...inherited, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    ),
  );
};

const sample = { seed: 7, streams: 30, maxEvents: 6, checkpointEvery: 25, tail: 3 };

describe('commonplan verify', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = freshDataDir('commonplan-verify-')));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('verifies a PostgreSQL database, then names the event someone changed', async () => {
    const test = await freshPostgres();
    try {
      const log = await writeSampleLog(test.db, sample);
      const clean = await commonplan(['verify', '--trust', sampleKey.keyId], { DATABASE_URL: test.url });
      expect(clean).toEqual({
        code: 0,
        stdout: `ok: ${log.events} events, ${log.checkpoints} checkpoints\nsigned by notary key ${sampleKey.keyId}\n`,
        stderr: '',
      });
      await test.db.query(
        `UPDATE events SET data = '{"title": "forged", "language": "en"}'
          WHERE stream_name = 'motion-m1' AND stream_position = 1`,
      );
      const tampered = await commonplan(['verify'], { DATABASE_URL: test.url });
      expect(tampered.code).toBe(1);
      expect(tampered.stdout).toMatch(
        /^not ok \(hash-mismatch\): event 1 of stream motion-m1 \(event id [0-9a-f-]{36}\) does not match its hash chain\n$/,
      );
    } finally {
      await test.drop();
    }
  });

  it('verifies the embedded database in the data folder, but not while a server holds it', async () => {
    const db = await openDatabase({ dataDir });
    const log = await writeSampleLog(db, sample);
    const held = await commonplan(['verify'], { COMMONPLAN_DATA_DIR: dataDir });
    expect(held.code).toBe(3);
    expect(held.stderr).toContain(`is open in process ${process.pid}; stop it first`);
    await db.close();
    const free = await commonplan(['verify'], { COMMONPLAN_DATA_DIR: dataDir });
    expect(free).toMatchObject({ code: 0, stdout: expect.stringMatching(`^ok: ${log.events} events, `) });
  });

  it('creates no database where there is none', async () => {
    const missing = path.join(dataDir, 'nothing-here');
    const run = await commonplan(['verify'], { COMMONPLAN_DATA_DIR: missing });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`there is no database in ${missing}`);
    expect(existsSync(missing)).toBe(false);
  });
});
