import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  contextTopic,
  deadLetterTopic,
  type IntegrationMessage,
  type MessageBus,
} from '@commonplan/messaging';
import { createPlatformApp, MESSAGE_BUS } from '@commonplan/nest';
import { freshPostgres, freshDataDir } from '@commonplan/testing';
import { budgetingContext } from '../budgeting.module';
import { VoterRoll } from './voter-roll.adapter';

const IDENTITY = contextTopic('identity');

const verified = (participantId: string, payload: object = {}): IntegrationMessage => ({
  eventId: randomUUID(),
  type: 'ResidenceVerified',
  schemaVersion: 1,
  key: `participant-${participantId}`,
  correlationId: randomUUID(),
  occurredAt: new Date(),
  payload: { participantId, level: 'verified', district: 'Trnje', ageBand: '65+', ...payload },
});

describe.each([
  ['PGlite', undefined],
  ['PostgreSQL', freshPostgres],
] as const)("budgeting's voter roll, fed by identity's topic, on %s", (_engine, freshServer) => {
  let app: NestExpressApplication;
  let bus: MessageBus;
  let roll: VoterRoll;
  let dataDir: string;
  let dropServer: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    dataDir = freshDataDir('commonplan-voter-roll-');
    const server = await freshServer?.({ maxConnections: 1 });
    dropServer = server?.drop;
    app = await createPlatformApp({
      name: 'commonplan-budgeting-test',
      contexts: [budgetingContext],
      config: { port: 0, dataDir, databaseUrl: server?.url, logLevel: 'silent', environment: 'test' },
    });
    bus = app.get(MESSAGE_BUS);
    roll = app.get(VoterRoll);
  });
  afterAll(async () => {
    await app?.close();
    await dropServer?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('records each verification, the latest winning, and an old one delivered again changes nothing', async () => {
    const participantId = randomUUID();
    const first = verified(participantId);
    await bus.publish(IDENTITY, [first]);
    expect(await roll.factsOf(participantId)).toEqual({
      level: 'verified',
      district: 'Trnje',
      ageBand: '65+',
    });

    await bus.publish(IDENTITY, [verified(participantId, { district: null, ageBand: null }), first]);
    expect(await roll.factsOf(participantId)).toEqual({ level: 'verified' });
  });

  it('strikes a participant off on their erasure, never overtaken by an earlier verification', async () => {
    const participantId = randomUUID();
    const first = verified(participantId);
    const erased: IntegrationMessage = {
      ...first,
      eventId: randomUUID(),
      type: 'PersonalDataErased',
      payload: { participantId },
    };
    await bus.publish(IDENTITY, [first, erased]);
    expect(await roll.factsOf(participantId)).toEqual({ level: 'none' });
    await bus.publish(IDENTITY, [first]);
    expect(await roll.factsOf(participantId)).toEqual({ level: 'none' });

    // Verified again after the erasure, by a new verification: on the roll again.
    await bus.publish(IDENTITY, [verified(participantId, { ageBand: '30-44' })]);
    expect(await roll.factsOf(participantId)).toEqual({
      level: 'verified',
      district: 'Trnje',
      ageBand: '30-44',
    });
  });

  it('sets aside a message that carries more than its contract, and records nothing of it', async () => {
    const participantId = randomUUID();
    const deadLetters: IntegrationMessage[] = [];
    await bus.subscribe({
      group: 'dead-letter-desk',
      topics: [deadLetterTopic(IDENTITY)],
      handle: async (message) => void deadLetters.push(message),
    });
    const leaky = verified(participantId, { name: 'Ana Horvat' });
    await bus.publish(IDENTITY, [leaky]);
    for (let waited = 0; deadLetters.length === 0 && waited < 5_000; waited += 10)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(deadLetters.map((m) => m.eventId)).toEqual([leaky.eventId]);
    expect(await roll.factsOf(participantId)).toEqual({ level: 'none' });
  });
});
