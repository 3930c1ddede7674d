import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { SqlDatabase } from '@commonplan/event-store';
import { createPlatformApp, SQL_DATABASE } from '@commonplan/nest';
import { budgetingContext } from '../budgeting.module';
import { VoterRoll } from './voter-roll.adapter';

describe('the voter roll budgeting keeps', () => {
  let app: NestExpressApplication;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'commonplan-voter-roll-'));
    app = await createPlatformApp({
      name: 'commonplan-budgeting-test',
      contexts: [budgetingContext],
      config: { port: 0, dataDir, logLevel: 'silent', environment: 'test' },
    });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('knows nobody it was not told of, and keeps the latest verification of everyone else', async () => {
    const roll = app.get(VoterRoll);
    const db = app.get<SqlDatabase>(SQL_DATABASE);
    const voter = randomUUID();
    expect(await roll.factsOf(voter)).toEqual({ level: 'none' });

    await db.transaction((session) => roll.record(session, voter, { level: 'self-declared' }));
    expect(await roll.factsOf(voter)).toEqual({ level: 'self-declared' });

    await db.transaction((session) =>
      roll.record(session, voter, { level: 'verified', district: 'Trnje', ageBand: '30-44' }),
    );
    expect(await roll.factsOf(voter)).toEqual({ level: 'verified', district: 'Trnje', ageBand: '30-44' });
    expect(await roll.factsOf(randomUUID())).toEqual({ level: 'none' });
  });
});
