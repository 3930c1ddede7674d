import request from 'supertest';
import { ENGINES, identityPlatform, type IdentityPlatform } from '../identity.fixture';

// A platform of its own: the address limit is shared by every request from the test client, so it
// cannot be set low on the platform the other staff tests use.
describe.each(ENGINES)('staff attempt limits per address on %s', (engine) => {
  let platform: IdentityPlatform;

  beforeAll(async () => {
    platform = await identityPlatform(engine, {
      signInAttemptsPerMinute: { perAddress: 3, perAccount: 2 },
    });
  });
  afterAll(async () => platform?.close());

  const post = (url: string, body: object) => request(platform.app.getHttpServer()).post(url).send(body);

  it('stops guessing enrolment tokens from one address, and that address signing in too', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++)
      statuses.push(
        (
          await post('/identity/staff-enrolment', {
            enrolmentToken: `guessed-token-number-${attempt}-of-many`,
            password: 'a long passphrase for the city hall',
          })
        ).status,
      );
    expect(statuses).toEqual([401, 401, 401, 429]);
    const signIn = await post('/identity/sign-in/staff', {
      username: 'fresh.name',
      password: 'guess',
      totp: '111111',
    }).expect(429);
    expect(signIn.body.code).toBe('sign-in.too-many-attempts');
  });
});
