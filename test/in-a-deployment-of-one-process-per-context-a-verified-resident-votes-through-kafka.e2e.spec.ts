import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createPlatformApp, SessionTokens, type PlatformConfig } from '@commonplan/nest';
import {
  freshPostgres,
  startKafkaMockCluster,
  type KafkaMockCluster,
  type TestDatabase,
  freshDataDir,
} from '@commonplan/testing';
import { budgetingContext } from '../apps/budgeting/src/index';
import { identityContext } from '../apps/identity/src/index';

/**
 * Identity and budgeting each in a process of its own, as deploy/compose runs them, sharing only the
 * PostgreSQL server and a Kafka-protocol broker (librdkafka's mock cluster): the only way budgeting
 * learns who may vote is identity's ResidenceVerified crossing Kafka.
 */
describe('in a deployment of one process per context', () => {
  let kafka: KafkaMockCluster;
  let database: TestDatabase;
  let dataDir: string;
  let identity: NestExpressApplication;
  let budgeting: NestExpressApplication;

  beforeAll(async () => {
    kafka = await startKafkaMockCluster();
    database = await freshPostgres({ maxConnections: 4 });
    // One folder for both: it holds the session key every process of a deployment shares.
    dataDir = freshDataDir('commonplan-distributed-');
    const config: PlatformConfig = {
      port: 0,
      dataDir,
      databaseUrl: database.url,
      kafkaBrokers: kafka.brokers,
      logLevel: 'silent',
      environment: 'test',
    };
    identity = await createPlatformApp({ name: 'commonplan-identity', contexts: [identityContext], config });
    budgeting = await createPlatformApp({
      name: 'commonplan-budgeting',
      contexts: [budgetingContext],
      config,
    });
  });
  afterAll(async () => {
    await budgeting?.close();
    await identity?.close();
    await database?.drop();
    await kafka?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a resident verified by the identity service casts a ballot at the budgeting service', async () => {
    const officer = identity
      .get(SessionTokens)
      .issue(randomUUID(), [{ role: 'officer', context: 'budgeting' }], 600).token;
    const at = (app: NestExpressApplication, token?: string) => ({
      post: (url: string) => {
        const call = request(app.getHttpServer()).post(url);
        return token ? call.set('authorization', `Bearer ${token}`) : call;
      },
    });

    const opened = await at(budgeting, officer)
      .post('/budgeting/cycles')
      .send({
        title: { original: 'hr', texts: { hr: 'Zagreb, grad dobrodošlice' } },
        budget: { amount: '5000000', currency: 'EUR' },
        ballotRules: { kind: 'approval', maxChoices: 1, minChoices: 1 },
        eligibility: { verificationLevel: 'verified', districts: ['Trnje'] },
      })
      .expect(201);
    const cycleId = opened.body.cycleId as string;
    const proposed = await at(budgeting, officer)
      .post(`/budgeting/cycles/${cycleId}/projects`)
      .send({
        title: { original: 'hr', texts: { hr: 'Jezični kafić' } },
        description: { original: 'hr', texts: { hr: 'Tečaj hrvatskog uz kavu' } },
        category: 'language',
        costEstimate: '1200000',
      })
      .expect(201);
    await at(budgeting, officer).post(`/budgeting/cycles/${cycleId}/phase-advances`).expect(201);
    await at(budgeting, officer)
      .post(`/budgeting/projects/${proposed.body.projectId}/feasibility`)
      .send({ feasible: true, finalCost: '1200000' })
      .expect(201);
    await at(budgeting, officer).post(`/budgeting/cycles/${cycleId}/phase-advances`).expect(201);

    const batch = await at(identity, officer)
      .post('/identity/access-code-batches')
      .send({ size: 1, district: 'Trnje', ageBand: '30-44' })
      .expect(201);
    const signedIn = await at(identity)
      .post('/identity/sign-in/access-code')
      .send({ code: batch.body.codes[0] })
      .expect(201);
    const resident = signedIn.body.token as string;

    // The ballot waits for nothing but the broker: retried until the verification has crossed it.
    let cast = await at(budgeting, resident)
      .post(`/budgeting/cycles/${cycleId}/ballots`)
      .send({ kind: 'approval', projects: [proposed.body.projectId] });
    for (let tries = 0; cast.status === 403 && tries < 120; tries++) {
      await sleep(250);
      cast = await at(budgeting, resident)
        .post(`/budgeting/cycles/${cycleId}/ballots`)
        .send({ kind: 'approval', projects: [proposed.body.projectId] });
    }
    expect(cast.status).toBe(201);
    expect(cast.body.receipt).toMatch(/^[0-9a-f]{64}$/);
  });
});
