import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { ACCESS_POLICY, decideAccess, type AccessDecision, type RouteKey } from '@commonplan/contracts';
import { createPlatform } from '../deploy/embedded/platform';
import { everyPrincipal } from './support/principals';
import { methodOf, pathOf, servedRoutes } from './support/served-routes';

/** The codes the guard answers with; a refusal by the domain (a rule, a missing thing) is not one. */
const GUARD_REFUSALS: Record<Exclude<AccessDecision, 'allow'>, { status: number; code: string }> = {
  'sign-in': { status: 401, code: 'session.missing' },
  deny: { status: 403, code: 'access.role-missing' },
};
const GUARD_CODES = new Set(['session.missing', 'access.role-missing', 'access.no-rule']);

describe('who may call what: every route against the one access policy table, for every role', () => {
  let app: NestExpressApplication;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'commonplan-authz-'));
    app = await createPlatform({ config: { port: 0, dataDir, logLevel: 'silent', environment: 'test' } });
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
    const mismatches: string[] = [];
    let checked = 0;
    for (const route of servedRoutes(app)) {
      const access = policy[route];
      if (access === undefined) continue;
      for (const principal of everyPrincipal(app)) {
        const expected = decideAccess(access, principal.badges);
        let call = request(server)[methodOf(route)](pathOf(route, randomUUID()));
        if (principal.token) call = call.set('authorization', `Bearer ${principal.token}`);
        const response = await call.send({});
        const code = (response.body as { code?: string }).code ?? '';
        checked += 1;
        if (expected === 'allow') {
          if (GUARD_CODES.has(code))
            mismatches.push(
              `${route} as ${principal.name}: expected through, got ${response.status} ${code}`,
            );
        } else {
          const refusal = GUARD_REFUSALS[expected];
          if (response.status !== refusal.status || code !== refusal.code)
            mismatches.push(
              `${route} as ${principal.name}: expected ${refusal.status} ${refusal.code}, got ${response.status} ${code}`,
            );
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });
});
