import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { RouteKey } from '@commonplan/contracts';
import { SessionTokens } from '@commonplan/nest';
import { createPlatform } from '../deploy/embedded/platform';
import { embeddedDataDir } from './support/embedded-data-dir';
import { methodOf, pathOf } from './support/served-routes';

/** Every endpoint that counts attempts per address, each with a well-formed but wrong body. */
const LIMITED: readonly { readonly route: RouteKey; readonly body: object; readonly resident?: true }[] = [
  { route: 'POST /identity/sign-in/access-code', body: { code: '7K3M-Q9XZ-4B2T' } },
  { route: 'POST /identity/sign-in/email-link', body: { email: 'someone@example.org' } },
  { route: 'POST /identity/sign-in/email-link/redemption', body: { token: 'x'.repeat(43) } },
  { route: 'POST /identity/sign-in/staff', body: { username: 'nobody', password: 'guess', totp: '123456' } },
  { route: 'POST /identity/staff-enrolment', body: { enrolmentToken: 'x'.repeat(43), password: 'guess' } },
  { route: 'POST /identity/me/register-match', body: { registerNumber: '12345' }, resident: true },
];

// RFC 9110 §10.2.3: a 429 may say when to come back; without it clients guess, and guess too soon.
describe('too many sign-in attempts from one address are refused with the seconds to wait', () => {
  let app: NestExpressApplication;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await embeddedDataDir('commonplan-429-');
    app = await createPlatform({
      config: {
        port: 0,
        dataDir,
        logLevel: 'silent',
        environment: 'test',
        // The address's share is one attempt a minute, so every endpoint after the first is over it.
        signInAttemptsPerMinute: { perAddress: 1, perAccount: 100 },
      },
    });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 429 with a Retry-After of at most a minute at every endpoint that counts attempts', async () => {
    const resident = app.get(SessionTokens).issue(randomUUID(), [{ role: 'resident' }], 3600).token;
    const attempt = ({ route, body, resident: signedIn }: (typeof LIMITED)[number]) => {
      const call = request(app.getHttpServer())[methodOf(route)](pathOf(route, randomUUID()));
      return (signedIn ? call.set('authorization', `Bearer ${resident}`) : call).send(body);
    };
    await attempt(LIMITED[0]!);
    const answers = [];
    for (const limited of LIMITED) {
      const response = await attempt(limited);
      answers.push({
        route: limited.route,
        status: response.status,
        code: (response.body as { code?: string }).code,
        retryAfterWithinAMinute: /^([1-9]|[1-5]\d|60)$/.test(String(response.headers['retry-after'])),
      });
    }
    expect(answers).toEqual(
      LIMITED.map(({ route }) => ({
        route,
        status: 429,
        code: 'sign-in.too-many-attempts',
        retryAfterWithinAMinute: true,
      })),
    );
  });
});
