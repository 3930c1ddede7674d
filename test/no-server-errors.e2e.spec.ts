import { rmSync } from 'node:fs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { ACCESS_POLICY, decideAccess, type Access } from '@commonplan/contracts';
import { freshPostgres, type TestDatabase } from '@commonplan/testing';
import { createPlatform } from '../deploy/embedded/platform';
import { embeddedDataDirOn } from './support/embedded-data-dir';
import { everyPrincipal } from './support/principals';
import { hasParameters, methodOf, pathOf, servedRoutes } from './support/served-routes';

const BODIES: readonly { readonly name: string; readonly type: string; readonly body: string }[] = [
  { name: 'an empty object', type: 'application/json', body: '{}' },
  {
    name: 'junk types',
    type: 'application/json',
    body: '{"x":[1,{"y":null}],"code":7,"email":[],"grants":"all"}',
  },
  { name: 'a JSON string', type: 'application/json', body: '"hello"' },
  { name: 'a JSON array', type: 'application/json', body: '[null]' },
  { name: 'broken JSON', type: 'application/json', body: '{"code":' },
  { name: 'text', type: 'text/plain', body: 'code=1' },
];
const UUID = '4d3c2b1a-0000-4000-8000-000000000000';
// As they go on the wire: an encoded NUL, an overlong id, an encoded climb out of the path, no number.
const ODD_PARAMS = ['%00', 'x'.repeat(500), '..%2F..%2Fetc', 'NaN'];
const MUTATING = new Set(['post', 'put', 'patch', 'delete']);
const policy: Readonly<Record<string, Access>> = ACCESS_POLICY;
/** A web page turns a stranger's form away by sending the browser on, to sign in or back home. */
const isPage = (route: string): boolean => / \/:lang\//.test(route);

const ROUTES_AT_ONCE = 6;

/** Runs `work` on every item, `width` at a time. */
const inTurns = async <T>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<void>,
): Promise<void> => {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
};

describe.each(['PGlite', 'PostgreSQL'] as const)('no route answers anything with a 5xx, on %s', (engine) => {
  let app: NestExpressApplication;
  let dataDir: string;
  let database: TestDatabase | undefined;

  beforeAll(async () => {
    dataDir = await embeddedDataDirOn(engine, 'commonplan-5xx-');
    database = engine === 'PostgreSQL' ? await freshPostgres({ maxConnections: 1 }) : undefined;
    app = await createPlatform({
      config: { port: 0, dataDir, databaseUrl: database?.url, logLevel: 'silent', environment: 'test' },
    });
    // Listening once: handed a server that is not, supertest opens and closes a port for every request.
    await app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses, with a 4xx, every anonymous request with an empty body to a route that changes something', async () => {
    const answers: string[] = [];
    for (const route of servedRoutes(app).filter((key) => MUTATING.has(methodOf(key)))) {
      const response = await request(app.getHttpServer())[methodOf(route)](pathOf(route, UUID));
      if (isPage(route) && response.status === 303) continue;
      if (response.status < 400 || response.status >= 500) answers.push(`${route}: ${response.status}`);
    }
    expect(answers).toEqual([]);
  });

  // Both engines run the same SQL, and odd input is refused before it reaches either: thousands of
  // requests on the production server's engine, rather than twice, keep CI inside its budget.
  if (engine !== 'PostgreSQL') return;

  it('answers odd bodies and odd path parameters from every principal without a server error', async () => {
    const server = app.getHttpServer();
    const failures: string[] = [];
    const huge = JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) });
    const principals = everyPrincipal(app);
    // Several routes at once: each waits on the database more than on the processor.
    await inTurns(servedRoutes(app), ROUTES_AT_ONCE, async (route) => {
      // The body parser is the same for every route and a read's handler never sees a body: odd bodies
      // go to the routes that take one, and a read gets the plain empty object.
      const takesBody = MUTATING.has(methodOf(route));
      const attempts = [
        ...(takesBody ? BODIES : BODIES.slice(0, 1)).map((body) => ({ ...body, param: UUID })),
        // A route without parameters would only repeat the empty-body request.
        ...(hasParameters(route) ? ODD_PARAMS : []).map((param) => ({
          name: `parameter ${param.slice(0, 12)}`,
          type: 'application/json',
          body: '{}',
          param,
        })),
      ];
      // The body parser refuses an oversized body before anyone is asked who they are: once is enough.
      if (takesBody) {
        const anonymous = request(server)[methodOf(route)](pathOf(route, UUID));
        const tooLarge = await anonymous.set('content-type', 'application/json').send(huge);
        if (tooLarge.status >= 500) failures.push(`${route} with a 2 MB body: ${tooLarge.status}`);
      }
      // Whom the guard turns away never reaches a handler: the anonymous caller stands for them all.
      const admitted = principals.filter(
        (principal) =>
          principal.token === undefined || decideAccess(policy[route]!, principal.badges) === 'allow',
      );
      for (const principal of admitted) {
        for (const attempt of attempts) {
          let call = request(server)[methodOf(route)](pathOf(route, attempt.param));
          if (principal.token) call = call.set('authorization', `Bearer ${principal.token}`);
          const response = await call.set('content-type', attempt.type).send(attempt.body);
          if (response.status >= 500)
            failures.push(
              `${route} as ${principal.name} with ${attempt.name}: ${response.status} ${response.text.slice(0, 160)}`,
            );
        }
      }
    });
    expect(failures).toEqual([]);
    // Every route, every principal, every odd input: thousands of requests on a busy 2-core machine.
  }, 240_000);
});
