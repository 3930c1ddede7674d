import { rmSync } from 'node:fs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { freshDataDir, freshPostgres } from '@commonplan/testing';
import { createPlatformApp } from '../platform-app';
import { Processors } from '../processors/processors';
import { noticeboard, noticeboardAccessPolicy, noticeboardContext } from './read-your-writes.fixture';

const POSITION = /^\d{20}:\d{20}$/;
const CITY = 'https://city.example';

describe.each([
  ['PGlite', undefined],
  ['PostgreSQL', freshPostgres],
] as const)('reading one’s own writes on %s', (engine, freshServer) => {
  let dataDir: string;
  let dropServer: (() => Promise<void>) | undefined;
  let app: NestExpressApplication;
  let processors: Processors;
  /** Whether someone waiting for the read models lets the held projection through. */
  let waitingReleases = true;
  let notices = 0;

  const pin = async (text: string): Promise<{ id: string; position: string; exposed: unknown }> => {
    const id = `${engine.toLowerCase()}-${(notices += 1)}`;
    const response = await request(app.getHttpServer())
      .post(`/notices/${id}`)
      .set('origin', CITY)
      .send({ text })
      .expect(201);
    const exposed = response.headers['access-control-expose-headers'];
    return { id, position: String(response.headers['commonplan-position']), exposed };
  };

  beforeAll(async () => {
    dataDir = freshDataDir('commonplan-read-your-writes-', { pglite: !freshServer });
    const server = await freshServer?.({ maxConnections: 1 });
    dropServer = server?.drop;
    app = await createPlatformApp({
      name: 'commonplan-test',
      config: {
        port: 3000,
        dataDir,
        databaseUrl: server?.url,
        logLevel: 'silent',
        environment: 'test',
        corsOrigins: [CITY],
      },
      contexts: [noticeboardContext],
      accessPolicy: noticeboardAccessPolicy,
    });
    processors = app.get(Processors);
    const caughtUp = processors.projections.caughtUp.bind(processors.projections);
    jest.spyOn(processors.projections, 'caughtUp').mockImplementation(() => {
      if (waitingReleases) noticeboard.hold.release();
      return caughtUp();
    });
  });

  afterEach(async () => {
    waitingReleases = true;
    noticeboard.hold.release();
    await processors.projections.caughtUp();
  });

  afterAll(async () => {
    await app?.close();
    await dropServer?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers a command with the position of its last append, readable from a listed origin, and a read with none', async () => {
    const first = await pin('Bin collection moves to Tuesdays');
    const second = await pin('The library opens on Sundays');
    expect(first.position).toMatch(POSITION);
    expect(second.position > first.position).toBe(true);
    expect(first.exposed).toBe('Commonplan-Position');
    const read = await request(app.getHttpServer()).get(`/notices/${first.id}`).expect(200);
    expect(read.headers['commonplan-position']).toBeUndefined();
  });

  it('gives a refused command, which appended nothing, no position', async () => {
    const { id } = await pin('Road works on Hauptstraße');
    const refused = await request(app.getHttpServer())
      .post(`/notices/${id}`)
      .send({ text: 'again' })
      .expect(409);
    expect(refused.headers['commonplan-position']).toBeUndefined();
  });

  it('lets a read after the position see the write, though the projection is held back until someone waits', async () => {
    noticeboard.hold.close();
    const { id, position } = await pin('The town hall closes early on Friday');
    const read = await request(app.getHttpServer())
      .get(`/notices/${id}`)
      .set('Commonplan-Read-After', position)
      .expect(200);
    expect(read.body).toEqual({ id, text: 'The town hall closes early on Friday' });
  });

  it('lets a read without the header answer at once, the projection still held back', async () => {
    noticeboard.hold.close();
    const before = noticeboard.applied;
    await pin('Swimming lessons for newcomers, free');
    const read = await request(app.getHttpServer()).get('/notices/applied').expect(200);
    expect(read.body).toEqual({ applied: before });
  });

  it('answers with what the read models hold once the wait is over, never with an error', async () => {
    waitingReleases = false;
    noticeboard.hold.close();
    const before = noticeboard.applied;
    const { position } = await pin('A new bus line to the east side');
    const read = await request(app.getHttpServer())
      .get('/notices/applied')
      .set('Commonplan-Read-After', position)
      .expect(200);
    expect(read.body).toEqual({ applied: before });
  });

  it('refuses a malformed read-after position with 400, naming the header and the rule', async () => {
    const response = await request(app.getHttpServer())
      .get('/notices/applied')
      .set('Commonplan-Read-After', 'yesterday')
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      code: 'request.invalid-read-after',
      errors: [{ field: 'Commonplan-Read-After', rule: 'position' }],
    });
  });
});
