import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { freshPostgres, freshDataDir } from '@commonplan/testing';
import { verifyDatabase, type SqlDatabase } from '@commonplan/event-store';
import type { PlatformConfig } from './config/platform-config';
import { SQL_DATABASE } from './database/database.tokens';
import { createPlatformApp } from './platform-app';
import { lanternsAccessPolicy, lanternsContext, LanternSwitch } from './platform.fixture';
import { Processors } from './processors/processors';

const configFor = (dataDir: string, databaseUrl?: string): PlatformConfig => ({
  port: 3000,
  dataDir,
  databaseUrl,
  logLevel: 'silent',
  environment: 'test',
});

describe.each([
  ['PGlite', undefined],
  ['PostgreSQL', freshPostgres],
] as const)('a context hosted by the platform on %s', (engine, freshServer) => {
  let dataDir: string;
  let dropServer: (() => Promise<void>) | undefined;
  let app: NestExpressApplication;

  beforeAll(async () => {
    dataDir = freshDataDir('commonplan-platform-', { pglite: !freshServer });
    const server = await freshServer?.({ maxConnections: 1 });
    dropServer = server?.drop;
    app = await createPlatformApp({
      name: 'commonplan-test',
      config: configFor(dataDir, server?.url),
      contexts: [lanternsContext],
      accessPolicy: lanternsAccessPolicy,
      runsNotary: true,
    });
  });

  afterAll(async () => {
    await app?.close();
    await dropServer?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('gets its migrations applied, its stream types registered and its entities mapped', async () => {
    const server = app.getHttpServer();
    await request(server).post('/lanterns/market-square').send({ street: 'Marktplatz' }).expect(201);
    await request(server)
      .get('/lanterns/market-square')
      .expect(200, { id: 'market-square', street: 'Marktplatz' });
    const events = await request(server).get('/lanterns/market-square/events').expect(200);
    expect(events.body).toMatchObject([
      { streamName: 'lantern-market-square', type: 'LanternLit', data: { street: 'Marktplatz' } },
    ]);
  });

  it('has its projections kept up to date and what it wrote signed by the notary', async () => {
    const server = app.getHttpServer();
    await request(server).post('/lanterns/north-gate').send({ street: 'Nordtor' }).expect(201);
    await request(server).post('/lanterns/north-gate-2').send({ street: 'Nordtor' }).expect(201);
    const processors = app.get(Processors);
    await processors.projections.caughtUp();
    await request(server).get('/lanterns/streets/Nordtor').expect(200, { street: 'Nordtor', lanterns: 2 });
    const checkpoint = await processors.signCheckpoint();
    const verified = await verifyDatabase(app.get<SqlDatabase>(SQL_DATABASE));
    expect(verified).toMatchObject({ ok: true, checkpoints: expect.any(Number) });
    expect(checkpoint?.treeSize).toBe(verified.ok ? verified.events : -1);
  });

  it('refuses an event its stream type does not allow, and writes nothing', async () => {
    const server = app.getHttpServer();
    const response = await request(server).post('/lanterns/bridge').send({ street: '' }).expect(400);
    expect(response.body).toMatchObject({
      code: 'event.schema-violation',
      errors: [{ field: 'data.street', rule: 'min-length' }],
    });
    await request(server).get('/lanterns/bridge/events').expect(200, []);
    await request(server).get('/lanterns/bridge').expect(200, '');
  });

  it('is reported down with the reason its health indicator gives', async () => {
    const server = app.getHttpServer();
    app.get(LanternSwitch).outage = 'the gas works are closed';
    try {
      const response = await request(server).get('/health').expect(503);
      expect(response.body).toEqual({
        status: 'unavailable',
        database: engine === 'PGlite' ? 'pglite' : 'postgres',
        contexts: [{ name: 'lanterns', status: 'down', reason: 'the gas works are closed' }],
      });
    } finally {
      app.get(LanternSwitch).outage = undefined;
    }
    await request(server).get('/health').expect(200);
  });

  it('is reported down, without the internals, when its health check throws', async () => {
    const server = app.getHttpServer();
    app.get(LanternSwitch).broken = true;
    try {
      const response = await request(server).get('/health').expect(503);
      expect(response.body.contexts).toEqual([
        { name: 'lanterns', status: 'down', reason: 'its health check failed' },
      ]);
      expect(response.text).not.toContain('10.0.0.9');
    } finally {
      app.get(LanternSwitch).broken = false;
    }
  });

  it('is reported down when one of its migrations is missing from the database', async () => {
    const db = app.get<SqlDatabase>(SQL_DATABASE);
    await db.query("DELETE FROM schema_migrations WHERE id = 'lanterns/0001-lanterns'");
    const response = await request(app.getHttpServer()).get('/health').expect(503);
    expect(response.body.contexts).toEqual([
      { name: 'lanterns', status: 'down', reason: 'migration lanterns/0001-lanterns is not applied' },
    ]);
  });

  it('closes the database on shutdown, releasing the PGlite folder', async () => {
    await app.close();
    expect(existsSync(path.join(dataDir, 'pglite', 'commonplan.lock'))).toBe(false);
  });
});
