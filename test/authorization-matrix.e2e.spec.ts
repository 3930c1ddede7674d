import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { ACCESS_POLICY, decideAccess, type AccessDecision, type RouteKey } from '@commonplan/contracts';
import { createPlatform } from '../deploy/embedded/platform';
import { embeddedDataDir } from './support/embedded-data-dir';
import { everyPrincipal } from './support/principals';
import { methodOf, pathOf, servedRoutes } from './support/served-routes';

/**
 * What the guard answers when it refuses. An allowed call may still be refused by the domain (a rule,
 * a missing thing), but never with 401 or 403: those mean "sign in" and "not your role" here.
 */
const REFUSALS: Record<Exclude<AccessDecision, 'allow'>, string> = {
  'sign-in': '401 session.missing',
  deny: '403 access.role-missing',
};

describe('who may call what: every route against the one access policy table, for every role', () => {
  let app: NestExpressApplication;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await embeddedDataDir('commonplan-authz-');
    app = await createPlatform({ config: { port: 0, dataDir, logLevel: 'silent', environment: 'test' } });
    // Listening once: handed a server that is not, supertest opens and closes a port for every request.
    await app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('has a rule for every route served, and serves every route it has a rule for', () => {
    const served = new Set(servedRoutes(app));
    const ruled = new Set(Object.keys(ACCESS_POLICY) as RouteKey[]);
    expect({
      servedWithoutRule: [...served].filter((route) => !ruled.has(route)),
      ruleWithoutRoute: [...ruled].filter((route) => !served.has(route)),
    }).toEqual({ servedWithoutRule: [], ruleWithoutRoute: [] });
    expect(served.size).toBeGreaterThan(20);
  });

  it('lets each principal through exactly where the table says, and refuses them elsewhere', async () => {
    const server = app.getHttpServer();
    const policy: Record<string, (typeof ACCESS_POLICY)[keyof typeof ACCESS_POLICY]> = ACCESS_POLICY;
    const principals = everyPrincipal(app);
    const mismatches: string[] = [];
    let checked = 0;
    for (const route of servedRoutes(app)) {
      const access = policy[route];
      // A route without a rule is the first test's failure; the guard refuses it to everyone.
      if (access === undefined) continue;
      // One route's principals at a time together: the walk stays well inside the timeout on a busy machine.
      await Promise.all(
        principals.map(async (principal) => {
          const expected = decideAccess(access, principal.badges);
          let call = request(server)[methodOf(route)](pathOf(route, randomUUID()));
          if (principal.token) call = call.set('authorization', `Bearer ${principal.token}`);
          const response = await call.send({});
          const got = `${response.status} ${(response.body as { code?: string }).code ?? ''}`;
          const wanted = expected === 'allow' ? 'through' : REFUSALS[expected];
          const wrong = wanted === 'through' ? [401, 403].includes(response.status) : got !== wanted;
          if (wrong) mismatches.push(`${route} as ${principal.name}: expected ${wanted}, got ${got}`);
          checked += 1;
        }),
      );
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });
});
