import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { SqlDatabase } from '@commonplan/event-store';
import { createPlatformApp, SessionTokens, SQL_DATABASE } from '@commonplan/nest';
import { budgetingContext } from '../budgeting.module';
import { BallotBox } from './ballot-box.adapter';

describe('the ballot box of a cycle', () => {
  let app: NestExpressApplication;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'commonplan-ballot-box-'));
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

  it('gives each voter one ballot stream per cycle, unrelated across cycles, until its secret is destroyed', async () => {
    const officer = app
      .get(SessionTokens)
      .issue(randomUUID(), [{ role: 'officer', context: 'budgeting' }], 600).token;
    const open = async (): Promise<string> => {
      const response = await request(app.getHttpServer())
        .post('/budgeting/cycles')
        .set('authorization', `Bearer ${officer}`)
        .send({
          title: { original: 'pl', texts: { pl: 'Budżet obywatelski Wieliczka' } },
          budget: { amount: '100000000', currency: 'PLN' },
          ballotRules: { kind: 'approval', maxChoices: 3, minChoices: 1 },
          eligibility: { verificationLevel: 'verified' },
        })
        .expect(201);
      return response.body.cycleId;
    };
    const [first, second] = [await open(), await open()];
    const box = app.get(BallotBox);
    const voter = randomUUID();
    const ballot = await box.ballotIdOf(first, voter);
    expect(ballot).toMatch(/^[0-9a-f]{64}$/);
    expect(await box.ballotIdOf(first, voter)).toBe(ballot);
    expect(await box.ballotIdOf(first, randomUUID())).not.toBe(ballot);
    expect(await box.ballotIdOf(second, voter)).not.toBe(ballot);

    const db = app.get<SqlDatabase>(SQL_DATABASE);
    await db.transaction((session) => box.destroySecret(session, first));
    await expect(box.ballotIdOf(first, voter)).rejects.toThrow(/sealed/);
  });
});
