import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { decodeBase32, totpAt } from '../credentials';
import { ENGINES, identityPlatform, type IdentityPlatform } from '../identity.fixture';

const PASSWORD = 'correct horse battery staple, Zagreb 2026';

describe.each(ENGINES)('staff accounts on %s', (engine) => {
  let platform: IdentityPlatform;
  let admin: string;

  beforeAll(async () => {
    platform = await identityPlatform(engine, {
      signInAttemptsPerMinute: { perAddress: 1000, perAccount: 4 },
    });
    admin = platform.tokenFor(randomUUID(), [{ role: 'administrator' }]);
  });
  afterAll(async () => platform?.close());

  const post = (url: string, token?: string) => {
    const call = request(platform.app.getHttpServer()).post(url);
    return token ? call.set('authorization', `Bearer ${token}`) : call;
  };

  const enrolled = async (username: string, grants: object[]): Promise<Uint8Array> => {
    const opened = await post('/identity/staff', admin).send({ username, grants }).expect(201);
    const enrolment = await post('/identity/staff-enrolment')
      .send({ enrolmentToken: opened.body.enrolmentToken, password: PASSWORD })
      .expect(201);
    expect(enrolment.body.otpauthUri).toMatch(new RegExp(`^otpauth://totp/Commonplan:${username}\\?secret=`));
    return decodeBase32(enrolment.body.totpSecret)!;
  };

  it('opens an account with its roles, enrols it once, and signs in with password and TOTP', async () => {
    const secret = await enrolled('officer.ana', [
      { role: 'officer', context: 'consultations', department: 'housing' },
    ]);
    const signedIn = await post('/identity/sign-in/staff')
      .send({ username: 'officer.ana', password: PASSWORD, totp: totpAt(secret, new Date()) })
      .expect(201);
    const me = await request(platform.app.getHttpServer())
      .get('/identity/me')
      .set('authorization', `Bearer ${signedIn.body.token}`)
      .expect(200);
    expect(me.body.roles).toEqual([{ role: 'officer', context: 'consultations', department: 'housing' }]);
    const replay = await post('/identity/sign-in/staff')
      .send({ username: 'officer.ana', password: PASSWORD, totp: totpAt(secret, new Date()) })
      .expect(401);
    expect(replay.body.code).toBe('staff-sign-in.failed');
  });

  it('answers a wrong password, a wrong code and an unknown name alike', async () => {
    const secret = await enrolled('auditor.ivo', [{ role: 'auditor' }]);
    const attempts = [
      { username: 'auditor.ivo', password: 'not the password at all', totp: totpAt(secret, new Date()) },
      { username: 'auditor.ivo', password: PASSWORD, totp: '000000' },
      { username: 'nobody.here', password: PASSWORD, totp: '123456' },
    ];
    const bodies = await Promise.all(
      attempts.map(async (body) => (await post('/identity/sign-in/staff').send(body).expect(401)).body),
    );
    expect(new Set(bodies.map((body) => JSON.stringify(body)))).toEqual(new Set([JSON.stringify(bodies[0])]));
  });

  it('uses an enrolment token once, and asks for a long enough password', async () => {
    const opened = await post('/identity/staff', admin)
      .send({ username: 'moderator.eva', grants: [{ role: 'moderator' }] })
      .expect(201);
    const weak = await post('/identity/staff-enrolment')
      .send({ enrolmentToken: opened.body.enrolmentToken, password: 'short' })
      .expect(400);
    expect(weak.body.errors[0]).toMatchObject({ field: 'password', rule: 'min-length' });
    await post('/identity/staff-enrolment')
      .send({ enrolmentToken: opened.body.enrolmentToken, password: PASSWORD })
      .expect(201);
    const again = await post('/identity/staff-enrolment')
      .send({ enrolmentToken: opened.body.enrolmentToken, password: PASSWORD })
      .expect(401);
    expect(again.body.code).toBe('staff-enrolment.invalid');
  });

  it('refuses residents’ roles on staff accounts, taken names, bad bodies and non-administrators', async () => {
    const resident = await post('/identity/staff', admin)
      .send({ username: 'x.resident', grants: [{ role: 'resident' }] })
      .expect(422);
    expect(resident.body.code).toBe('staff.not-a-staff-role');
    await post('/identity/staff', admin)
      .send({ username: 'secretariat.mia', grants: [{ role: 'council-secretariat' }] })
      .expect(201);
    const taken = await post('/identity/staff', admin)
      .send({ username: 'secretariat.mia', grants: [{ role: 'auditor' }] })
      .expect(409);
    expect(taken.body.code).toBe('staff.username-taken');
    const bad = await post('/identity/staff', admin)
      .send({ username: 'Ana Kovač', grants: [{ role: 'officer', context: 'parks' }] })
      .expect(400);
    expect(bad.body.errors.map((issue: { field: string }) => issue.field)).toEqual([
      'username',
      'grants.0.context',
    ]);
    const officer = platform.tokenFor(randomUUID(), [{ role: 'officer', context: 'budgeting' }]);
    await post('/identity/staff', officer)
      .send({ username: 'sneaky.one', grants: [{ role: 'administrator' }] })
      .expect(403);
  });

  it('limits sign-in attempts at one account', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++)
      statuses.push(
        (
          await post('/identity/sign-in/staff').send({
            username: 'target.account',
            password: 'guess',
            totp: '111111',
          })
        ).status,
      );
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    const limited = await post('/identity/sign-in/staff').send({
      username: 'target.account',
      password: 'guess',
      totp: '111111',
    });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});
