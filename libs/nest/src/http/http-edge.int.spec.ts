import { rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request, { type Response } from 'supertest';
import type { PlatformConfig } from '../config/platform-config';
import { createPlatformApp } from '../platform-app';
import { lanternsAccessPolicy, lanternsContext } from '../platform.fixture';
import { freshDataDir } from '@commonplan/testing';

const CITY = 'https://city.example';
const problemJson = /^application\/problem\+json/;

const configFor = (dataDir: string, corsOrigins?: readonly string[]): PlatformConfig => ({
  port: 3000,
  dataDir,
  logLevel: 'silent',
  environment: 'test',
  corsOrigins,
});

const cspOf = (response: Response): Map<string, string> =>
  new Map(
    String(response.headers['content-security-policy'])
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values.join(' ')]),
  );

const corsHeadersOf = (response: Response): string[] =>
  Object.keys(response.headers).filter((name) => name.startsWith('access-control-'));

const expectSecurityHeaders = (response: Response): void => {
  expect(response.headers).toMatchObject({
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  });
  expect(response.headers).not.toHaveProperty('x-powered-by');
  const csp = cspOf(response);
  expect(csp.get('default-src')).toBe("'self'");
  expect(csp.get('frame-ancestors')).toBe("'none'");
  expect(csp.get('object-src')).toBe("'none'");
};

/** A problem a client can act on, with nothing of our internals in it. */
const expectCleanProblem = (response: Response, status: number): void => {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(problemJson);
  expect(response.body).toMatchObject({
    type: expect.stringMatching(/^urn:commonplan:problem:/),
    title: expect.any(String),
    status,
    detail: expect.any(String),
  });
  expect(response.text).not.toMatch(/\bat .*:\d+:\d+|node_modules|Error:/);
  expectSecurityHeaders(response);
};

describe('the HTTP edge of a platform', () => {
  let dataDirs: string[];
  let app: NestExpressApplication;
  let closed: NestExpressApplication;

  beforeAll(async () => {
    dataDirs = [0, 1].map(() => freshDataDir('commonplan-edge-'));
    const start = (dataDir: string, corsOrigins?: readonly string[]) =>
      createPlatformApp({
        name: 'commonplan-test',
        config: configFor(dataDir, corsOrigins),
        contexts: [lanternsContext],
        accessPolicy: lanternsAccessPolicy,
      });
    [app, closed] = await Promise.all([start(dataDirs[0] ?? '', [CITY]), start(dataDirs[1] ?? '')]);
  });

  afterAll(async () => {
    await Promise.all([app?.close(), closed?.close()]);
    for (const dataDir of dataDirs) rmSync(dataDir, { recursive: true, force: true });
  });

  describe('security headers', () => {
    it('puts strict ones on every answer, with a policy that allows nothing from elsewhere', async () => {
      const response = await request(app.getHttpServer()).get('/health').expect(200);
      expectSecurityHeaders(response);
      expect(response.headers['content-security-policy']).not.toContain('unsafe');
      expect(cspOf(response).get('base-uri')).toBe("'none'");
    });

    it('keeps the API docs working: the page, every script and style it names, the document', async () => {
      const server = app.getHttpServer();
      const page = await request(server).get('/api/docs').expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expectSecurityHeaders(page);
      const csp = cspOf(page);
      expect(csp.get('style-src')).toBe("'self' 'unsafe-inline'");
      expect(csp.get('img-src')).toBe("'self' data:");
      expect(csp.has('script-src')).toBe(false);
      // Scripts run under default-src 'self' only if none of them is inline.
      expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      const assets = [...page.text.matchAll(/(?:src|href)="([^"]+\.(?:js|css|png))"/g)].map(([, url]) => url);
      expect(assets).toEqual(
        expect.arrayContaining([
          './docs/swagger-ui.css',
          './docs/swagger-ui-bundle.js',
          './docs/swagger-ui-standalone-preset.js',
          './docs/swagger-ui-init.js',
        ]),
      );
      for (const asset of assets) {
        const response = await request(server).get(
          new URL(asset ?? '', 'http://localhost/api/docs').pathname,
        );
        expect([asset, response.status]).toEqual([asset, 200]);
        expect(response.headers['content-type']).toMatch(/javascript|css|image\/png/);
      }
      const document = await request(server).get('/api/docs-json').expect(200);
      expect(document.headers['content-security-policy']).not.toContain('unsafe');
    });
  });

  describe('CORS', () => {
    it('answers a listed origin, and only that one', async () => {
      const server = app.getHttpServer();
      const listed = await request(server).get('/health').set('origin', CITY).expect(200);
      expect(listed.headers['access-control-allow-origin']).toBe(CITY);
      expect(listed.headers.vary).toMatch(/origin/i);
      const unlisted = await request(server)
        .get('/health')
        .set('origin', 'https://tracker.example')
        .expect(200);
      expect(corsHeadersOf(unlisted)).toEqual([]);
      expect(unlisted.headers.vary).toMatch(/origin/i);
    });

    it('gives a preflight from a listed origin what it asks for, and one from elsewhere nothing', async () => {
      const preflight = (origin: string) =>
        request(app.getHttpServer())
          .options('/lanterns/gate')
          .set('origin', origin)
          .set('access-control-request-method', 'POST')
          .set('access-control-request-headers', 'content-type');
      const listed = await preflight(CITY).expect(204);
      expect(listed.headers).toMatchObject({
        'access-control-allow-origin': CITY,
        'access-control-allow-methods': expect.stringContaining('POST'),
        'access-control-allow-headers': 'content-type',
      });
      expect(listed.headers).not.toHaveProperty('access-control-allow-credentials');
      const unlisted = await preflight('https://city.example.evil.example');
      expect(corsHeadersOf(unlisted)).toEqual([]);
      expectCleanProblem(unlisted, 404);
    });

    it('is closed when no origin is configured', async () => {
      const server = closed.getHttpServer();
      const response = await request(server).get('/health').set('origin', CITY).expect(200);
      expect(corsHeadersOf(response)).toEqual([]);
      const preflight = await request(server)
        .options('/lanterns/gate')
        .set('origin', CITY)
        .set('access-control-request-method', 'POST');
      expect(corsHeadersOf(preflight)).toEqual([]);
    });
  });

  describe('the firewall (ARCHITECTURE.md §6)', () => {
    it('refuses a body holding what Commonplan never collects, at any depth, before validation', async () => {
      const server = app.getHttpServer();
      const response = await request(server)
        .post('/lanterns/gate')
        .send({
          homeAddress: 'Marktplatz 3',
          contact: { Nationality: 'x' },
          household: [{ age: 7 }, { ZIP_code: '1' }],
        });
      expectCleanProblem(response, 400);
      expect(response.body).toMatchObject({ code: 'request.never-collected', instance: '/lanterns/gate' });
      expect(response.body.errors).toEqual(
        ['homeAddress', 'contact.Nationality', 'household.1.ZIP_code'].map((field) => ({
          field,
          rule: 'never-collected',
          message: expect.stringMatching(/^Commonplan never collects /),
        })),
      );
      await request(server).get('/lanterns/gate/events').expect(200, []);
    });

    it.each<[string, string, string]>([
      ['a form', 'application/x-www-form-urlencoded', 'passport_number=X123'],
      ['a JSON patch', 'application/merge-patch+json', '{"passportNumber":"X123"}'],
    ])('refuses it in %s', async (_kind, contentType, body) => {
      const response = await request(app.getHttpServer())
        .patch('/lanterns/gate')
        .set('content-type', contentType)
        .send(body);
      expectCleanProblem(response, 400);
      expect(response.body.errors).toEqual([expect.objectContaining({ rule: 'never-collected' })]);
    });

    it('refuses it on a route that takes no body at all', async () => {
      const response = await request(app.getHttpServer()).get('/health').send({ visa: 'D' });
      expectCleanProblem(response, 400);
      expect(response.body).toMatchObject({ errors: [{ field: 'visa', rule: 'never-collected' }] });
    });
  });

  describe('refusals at the edge', () => {
    it('answers a body over 1 MB with 413', async () => {
      const response = await request(app.getHttpServer())
        .post('/lanterns/gate')
        .set('content-type', 'application/json')
        .send(JSON.stringify({ note: 'x'.repeat(1_100_000) }));
      expectCleanProblem(response, 413);
      expect(response.body).toMatchObject({ code: 'request.too-large' });
    });

    it('answers malformed JSON with 400 naming the body', async () => {
      const response = await request(app.getHttpServer())
        .post('/lanterns/gate')
        .set('content-type', 'application/json')
        .send('{"note": ');
      expectCleanProblem(response, 400);
      expect(response.body).toMatchObject({
        code: 'request.malformed-json',
        errors: [{ field: 'body', rule: 'json', message: expect.any(String) }],
      });
    });

    it('answers a body nested deeper than any form with 400, not a stack overflow', async () => {
      const response = await request(app.getHttpServer())
        .post('/lanterns/gate')
        .set('content-type', 'application/json')
        .send(`{"street":"x","note":${'['.repeat(300_000)}${']'.repeat(300_000)}}`);
      expectCleanProblem(response, 400);
      expect(response.body).toMatchObject({
        code: 'request.too-deep',
        errors: [{ field: `note${'.0'.repeat(31)}`, rule: 'max-depth' }],
      });
    });

    type Server = ReturnType<NestExpressApplication['getHttpServer']>;
    const post = (server: Server, headers: Record<string, string>, body: string | Buffer) =>
      request(server)
        .post('/lanterns/gate')
        .set({ 'content-type': 'application/json', ...headers })
        // As bytes: superagent would otherwise serialise a Buffer as JSON.
        .serialize((bytes: string) => bytes)
        .send(body as string);

    it.each<[string, number, (server: Server) => request.Test]>([
      ['an unknown route', 404, (server) => request(server).get('/nowhere')],
      ['a method the route does not have', 404, (server) => request(server).delete('/health')],
      [
        'a path that is not percent-encoded right',
        400,
        (server) => request(server).get('/lanterns/%E0%A4%A'),
      ],
      ['a body in an unknown encoding', 415, (server) => post(server, { 'content-encoding': 'lzma' }, '{}')],
      [
        'a gzip body that does not inflate',
        400,
        (server) => post(server, { 'content-encoding': 'gzip' }, '{}'),
      ],
      [
        'a gzip body that inflates past the limit',
        413,
        (server) =>
          post(
            server,
            { 'content-encoding': 'gzip' },
            gzipSync(JSON.stringify({ note: ' '.repeat(2_000_000) })),
          ),
      ],

      [
        'a body in an unknown charset',
        415,
        (server) => post(server, { 'content-type': 'application/json; charset=klingon' }, '{}'),
      ],
      [
        'a form in an unknown charset',
        415,
        (server) =>
          post(server, { 'content-type': 'application/x-www-form-urlencoded; charset=klingon' }, 'a=b'),
      ],
    ])('answers %s with a clean %i', async (_what, status, send) => {
      expectCleanProblem(await send(app.getHttpServer()), status);
    });
  });
});
