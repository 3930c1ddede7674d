import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { freshPostgres, type TestDatabase, freshDataDir } from '@commonplan/testing';
import type { PlatformConfig } from '../libs/nest/src/config/platform-config';
import { createPlatform } from '../deploy/embedded/platform';

const CONTEXTS = ['identity', 'budgeting', 'consultations', 'council', 'reporting', 'gateway'];

interface Engine {
  readonly database: 'pglite' | 'postgres';
  readonly config: PlatformConfig;
  dispose(): Promise<void>;
}

const config = (dataDir: string, databaseUrl?: string): PlatformConfig => ({
  port: 3000,
  dataDir,
  databaseUrl,
  logLevel: 'silent',
  environment: 'test',
});

const onPglite = async (): Promise<Engine> => {
  const dataDir = freshDataDir('commonplan-e2e-');
  return {
    database: 'pglite',
    config: config(dataDir),
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
};

const onPostgres = async (): Promise<Engine> => {
  const database: TestDatabase = await freshPostgres({ maxConnections: 1 });
  return { database: 'postgres', config: config(tmpdir(), database.url), dispose: () => database.drop() };
};

describe.each([
  ['PGlite in a data folder', onPglite],
  ['a fresh PostgreSQL database', onPostgres],
])('the embedded platform on %s', (_where, open) => {
  let engine: Engine;
  let app: NestExpressApplication;

  beforeAll(async () => {
    engine = await open();
    app = await createPlatform({ config: engine.config });
  });

  afterAll(async () => {
    await app?.close();
    await engine?.dispose();
  });

  it('is ready and reports every context', async () => {
    const response = await request(app.getHttpServer()).get('/health').expect(200);
    expect(response.body).toEqual({
      status: 'ok',
      database: engine.database,
      contexts: CONTEXTS.map((name) => ({ name, status: 'up' })),
    });
  });

  it('serves the API documentation as a page and as an OpenAPI document', async () => {
    const page = await request(app.getHttpServer()).get('/api/docs').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const script = /src="(?:\.\/)?([^"]*swagger-ui-bundle\.js)"/.exec(page.text)?.[1];
    expect(script).toBeDefined();
    await request(app.getHttpServer()).get(`/api/docs/${script}`).expect(200);

    const document = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
    expect(document.body).toMatchObject({
      openapi: expect.stringMatching(/^3\.\d+\.\d+$/),
      info: { title: 'Commonplan', version: '1' },
      paths: {
        '/health': { get: { responses: { 200: expect.anything(), 503: expect.anything() } } },
        '/metrics': { get: expect.anything() },
      },
      components: { schemas: { ProblemResponse: { required: expect.arrayContaining(['type', 'code']) } } },
    });
    const healthErrors = document.body.paths['/health'].get.responses.default;
    expect(healthErrors.content['application/problem+json'].schema).toEqual({
      $ref: '#/components/schemas/ProblemResponse',
    });
  });

  it('exposes Prometheus metrics, request durations by route among them', async () => {
    await request(app.getHttpServer()).get('/health').expect(200);
    const response = await request(app.getHttpServer()).get('/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.text).toMatch(/^# HELP process_cpu_user_seconds_total /m);
    expect(response.text).toMatch(
      /^http_request_duration_seconds_count\{method="GET",route="\/health",status="200"\} [1-9]/m,
    );
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await request(app.getHttpServer()).get('/no-such-page').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, code: 'http.not-found', instance: '/no-such-page' });
  });
});
