import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createPlatformApp, Processors } from '@commonplan/nest';
import { freshPostgres, type TestDatabase, freshDataDir } from '@commonplan/testing';
import { lanternsAccessPolicy, lanternsContext } from '../libs/nest/src/platform.fixture';
import { rebuildCommand } from './rebuild.command';

describe('commonplan rebuild', () => {
  let server: TestDatabase;
  let app: NestExpressApplication;
  let dataDir: string;

  beforeAll(async () => {
    server = await freshPostgres({ maxConnections: 1 });
    dataDir = freshDataDir('commonplan-rebuild-');
    app = await createPlatformApp({
      name: 'commonplan-test',
      contexts: [lanternsContext],
      accessPolicy: lanternsAccessPolicy,
      config: { port: 0, dataDir, databaseUrl: server.url, logLevel: 'silent', environment: 'test' },
    });
  });

  afterAll(async () => {
    await app?.close();
    await server?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('rebuilds a read model beside the running server and switches over to identical rows', async () => {
    const http = app.getHttpServer();
    for (const [id, street] of [
      ['a', 'Hafenstraße'],
      ['b', 'Hafenstraße'],
      ['c', 'Am Markt'],
    ])
      await request(http).post(`/lanterns/${id}`).send({ street }).expect(201);
    await app.get(Processors).projections.caughtUp();
    const before = await server.db.query('SELECT street, lanterns FROM lit_streets ORDER BY street');

    const out: string[] = [];
    const code = await rebuildCommand([lanternsContext]).run(['lanterns.lit-streets'], {
      env: { DATABASE_URL: server.url },
      output: { out: (line) => out.push(line), err: (line) => out.push(line) },
    });

    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(
      /^rebuilt lanterns\.lit-streets: generation 1, up to position \d{20}:\d{20}$/,
    );
    const after = await server.db.query('SELECT street, lanterns FROM lit_streets ORDER BY street');
    expect(after.rows).toEqual(before.rows);
    expect(after.rows).toEqual([
      { street: 'Am Markt', lanterns: 1 },
      { street: 'Hafenstraße', lanterns: 2 },
    ]);
    await request(http).post('/lanterns/d').send({ street: 'Am Markt' }).expect(201);
    await app.get(Processors).projections.caughtUp();
    await request(http).get('/lanterns/streets/Am%20Markt').expect(200, { street: 'Am Markt', lanterns: 2 });
  });

  it('names the projections it knows when asked for one it does not', async () => {
    const { NODE_OPTIONS: _jestOnly, ...env } = process.env;
    const run = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        [path.join(__dirname, '..', 'bin', 'commonplan.js'), 'rebuild', 'ballots.tally'],
        { cwd: tmpdir(), env },
        (error, _stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stderr }),
      ),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /there is no projection named "ballots.tally" \(known: [^)]*identity\.personal-data-views/,
    );
  });
});
