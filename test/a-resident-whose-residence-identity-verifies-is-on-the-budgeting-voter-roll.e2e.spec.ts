import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { SqlDatabase } from '@commonplan/event-store';
import { contextTopic, type IntegrationMessage, type MessageBus } from '@commonplan/messaging';
import { MESSAGE_BUS, Processors, SessionTokens, SQL_DATABASE, type PlatformConfig } from '@commonplan/nest';
import { freshPostgres } from '@commonplan/testing';
import { createPlatform } from '../deploy/embedded/platform';
import { embeddedDataDir } from './support/embedded-data-dir';

interface Engine {
  readonly config: PlatformConfig;
  dispose(): Promise<void>;
}

const config = (dataDir: string, databaseUrl?: string): PlatformConfig => ({
  port: 0,
  dataDir,
  databaseUrl,
  logLevel: 'silent',
  environment: 'test',
});

const onPglite = async (): Promise<Engine> => {
  const dataDir = await embeddedDataDir('commonplan-e2e-roll-');
  return { config: config(dataDir), dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
};

const onPostgres = async (): Promise<Engine> => {
  const database = await freshPostgres({ maxConnections: 1 });
  return { config: config(tmpdir(), database.url), dispose: () => database.drop() };
};

describe.each([
  ['PGlite', onPglite],
  ['PostgreSQL', onPostgres],
])('on %s, a resident whose residence identity verifies is on the budgeting voter roll', (_engine, open) => {
  let engine: Engine;
  let app: NestExpressApplication;
  let officer: string;
  const published: IntegrationMessage[] = [];

  beforeAll(async () => {
    engine = await open();
    app = await createPlatform({ config: engine.config });
    officer = app
      .get(SessionTokens)
      .issue(randomUUID(), [{ role: 'officer', context: 'budgeting' }], 3600).token;
    // Watches identity's topic as any other context would, to hand a message back a second time.
    await app.get<MessageBus>(MESSAGE_BUS).subscribe({
      group: 'e2e-observer',
      topics: [contextTopic('identity')],
      handle: async (message) => void published.push(message),
    });
  });

  afterAll(async () => {
    await app?.close();
    await engine?.dispose();
  });

  const rollEntryOf = async (participantId: string) => {
    await app.get(Processors).relay.caughtUp();
    const { rows } = await app
      .get<SqlDatabase>(SQL_DATABASE)
      .query('SELECT level, district, age_band FROM budgeting_voter_roll WHERE participant_id = $1', [
        participantId,
      ]);
    return rows;
  };

  it('from the district and age band of the access code they redeemed, and a redelivery changes nothing', async () => {
    const server = app.getHttpServer();
    const batch = await request(server)
      .post('/identity/access-code-batches')
      .set('authorization', `Bearer ${officer}`)
      .send({ size: 1, district: 'Trnje', ageBand: '18-29' })
      .expect(201);
    const signedIn = await request(server)
      .post('/identity/sign-in/access-code')
      .send({ code: batch.body.codes[0] })
      .expect(201);
    const { participantId } = signedIn.body as { participantId: string };

    expect(await rollEntryOf(participantId)).toEqual([
      { level: 'verified', district: 'Trnje', age_band: '18-29' },
    ]);

    // They move, and an officer verifies them in person in their new district.
    await request(server)
      .post(`/identity/participants/${participantId}/in-person-verification`)
      .set('authorization', `Bearer ${officer}`)
      .send({ district: 'Donji grad', ageBand: '18-29' })
      .expect(204);
    expect(await rollEntryOf(participantId)).toEqual([
      { level: 'verified', district: 'Donji grad', age_band: '18-29' },
    ]);

    // The broker hands the first verification over again: budgeting already acted on it.
    const first = published.find((m) => m.key === `participant-${participantId}`)!;
    expect(first.payload).toEqual({ participantId, level: 'verified', district: 'Trnje', ageBand: '18-29' });
    await app.get<MessageBus>(MESSAGE_BUS).publish(contextTopic('identity'), [first]);
    expect(await rollEntryOf(participantId)).toEqual([
      { level: 'verified', district: 'Donji grad', age_band: '18-29' },
    ]);
  });
});
