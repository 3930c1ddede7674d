import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { freshPostgres, type TestDatabase, freshDataDir } from '@commonplan/testing';
import { createPlatformApp } from '../platform-app';
import { lanternsAccessPolicy, lanternsContext } from '../platform.fixture';
import { SessionRevocations } from './session-revocations';

describe('revoking a session in one process of a deployment', () => {
  let database: TestDatabase;
  let dataDir: string;
  let processes: NestExpressApplication[];

  beforeAll(async () => {
    database = await freshPostgres({ maxConnections: 2 });
    dataDir = freshDataDir('commonplan-revocations-', { pglite: false });
    const start = () =>
      createPlatformApp({
        name: 'commonplan-test',
        contexts: [lanternsContext],
        accessPolicy: lanternsAccessPolicy,
        config: { port: 0, dataDir, databaseUrl: database.url, logLevel: 'silent', environment: 'test' },
      });
    processes = [await start(), await start()];
  });
  afterAll(async () => {
    await Promise.all(processes.map((app) => app.close()));
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('takes effect there at once, and in every other process within a refresh', async () => {
    const [here, there] = processes.map((app) => app.get(SessionRevocations)) as [
      SessionRevocations,
      SessionRevocations,
    ];
    const sessionId = randomUUID();
    await here.revoke([{ sessionId, expiresAt: new Date(Date.now() + 60_000) }]);
    expect(here.isRevoked(sessionId)).toBe(true);
    const started = Date.now();
    while (!there.isRevoked(sessionId) && Date.now() - started < 5000)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(there.isRevoked(sessionId)).toBe(true);
  });

  it('forgets a revocation once the session would have expired anyway', async () => {
    const [here, there] = processes.map((app) => app.get(SessionRevocations)) as [
      SessionRevocations,
      SessionRevocations,
    ];
    const sessionId = randomUUID();
    await here.revoke([{ sessionId, expiresAt: new Date(Date.now() - 1000) }]);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(there.isRevoked(sessionId)).toBe(false);
    const { rows } = await database.db.query('SELECT 1 FROM auth_revoked_sessions WHERE session_id = $1', [
      sessionId,
    ]);
    expect(rows).toEqual([]);
  });
});
