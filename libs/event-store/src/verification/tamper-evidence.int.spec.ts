import { engines, type TestDatabase } from '@commonplan/testing';
import { sampleKey, seededRandom, writeSampleLog, type SampleLog } from './sample-log.fixture';
import { loadCovered, tamperings, type LoggedEvent } from './tampering.fixture';
import { verifyDatabase } from './verify';

// Each kind of tampering is tried this many times, on other events each time: 18 kinds, 72 rounds.
const ROUNDS = 4;
// A failure prints the seed; TAMPER_SEED replays it.
const SEED = Number(process.env.TAMPER_SEED ?? Date.now() % 1_000_000_007);
const trusted = { trustedKeyIds: [sampleKey.keyId] };

describe.each(engines)('tamper evidence on %s', (_engine, open) => {
  let test: TestDatabase;
  let log: SampleLog;
  let covered: LoggedEvent[];

  beforeAll(async () => {
    test = await open();
    log = await writeSampleLog(test.db, {
      seed: SEED,
      streams: 70,
      maxEvents: 8,
      checkpointEvery: 40,
      tail: 6,
    });
    covered = await loadCovered(test.db, log.lastCheckpointSize);
  });

  afterAll(() => test.drop());

  it('verifies the untouched log: every event, every checkpoint, one notary key', async () => {
    expect(log.checkpoints).toBeGreaterThan(3);
    expect(log.events).toBeGreaterThan(log.lastCheckpointSize);
    expect(await verifyDatabase(test.db, trusted)).toEqual({
      ok: true,
      events: log.events,
      checkpoints: log.checkpoints,
      keyIds: [sampleKey.keyId],
    });
  });

  it.each(tamperings.map((tampering, index) => [tampering.name, tampering, index] as const))(
    'notices: %s',
    async (_name, tampering, index) => {
      for (let round = 0; round < ROUNDS; round++) {
        const random = seededRandom(SEED + index * 1009 + round * 17);
        // Tamper, verify on the same session, roll back: every round starts from the clean log.
        const { did, result } = await test.db.withSession(async (session) => {
          await session.query('BEGIN');
          try {
            const did = await tampering.apply({ session, covered, random });
            // Small pages, so tampering also lands on page boundaries.
            return { did, result: await verifyDatabase(session, { ...trusted, batchSize: 37 }) };
          } finally {
            await session.query('ROLLBACK');
          }
        });
        expect({ seed: SEED, did, result }).toEqual({
          seed: SEED,
          did,
          result: {
            ok: false,
            problem: expect.objectContaining({
              kind: expect.stringMatching(new RegExp(`^(${tampering.caughtAs.join('|')})$`)),
            }),
          },
        });
      }
    },
  );

  it('is clean again after every tampering was rolled back', async () => {
    expect(await verifyDatabase(test.db, trusted)).toMatchObject({ ok: true, events: log.events });
  });
});
