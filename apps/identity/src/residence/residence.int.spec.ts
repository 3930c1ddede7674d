import { createHmac, randomUUID } from 'node:crypto';
import request from 'supertest';
import { MailOutbox } from '@commonplan/mail';
import { ENGINES, identityPlatform, type IdentityPlatform } from '../identity.fixture';

const REGISTER_KEY = Buffer.from('the city of Osijek keeps this key for its register');
/** What the city computes over its register before uploading: the number, normalised, keyed. */
const cityDigest = (registerNumber: string): string =>
  createHmac('sha256', REGISTER_KEY).update(registerNumber.replace(/\s+/g, '').toUpperCase()).digest('hex');

describe.each(ENGINES)('verifying residence without immigration documents on %s', (engine) => {
  let platform: IdentityPlatform;
  const administrator = randomUUID();
  let admin: string;
  let officer: string;

  beforeAll(async () => {
    platform = await identityPlatform(engine, { registerMatchKey: new Uint8Array(REGISTER_KEY) });
    admin = platform.tokenFor(administrator, [{ role: 'administrator' }]);
    officer = platform.tokenFor(randomUUID(), [{ role: 'officer', context: 'budgeting' }]);
  });
  afterAll(async () => platform?.close());

  const as = (token: string) => ({
    get: (url: string) =>
      request(platform.app.getHttpServer()).get(url).set('authorization', `Bearer ${token}`),
    post: (url: string) =>
      request(platform.app.getHttpServer()).post(url).set('authorization', `Bearer ${token}`),
    put: (url: string) =>
      request(platform.app.getHttpServer()).put(url).set('authorization', `Bearer ${token}`),
  });

  /** A resident who signed in with an e-mail link: registered, residence not yet verified. */
  const newResident = async (): Promise<{ token: string; participantId: string }> => {
    const server = platform.app.getHttpServer();
    const email = `resident-${randomUUID()}@example.org`;
    await request(server).post('/identity/sign-in/email-link').send({ email }).expect(202);
    const mail = platform.app.get(MailOutbox).to(email).at(-1)!;
    const linkToken = /#([A-Za-z0-9_-]+)/.exec(mail.text)![1];
    const signedIn = await request(server)
      .post('/identity/sign-in/email-link/redemption')
      .send({ token: linkToken })
      .expect(201);
    return signedIn.body;
  };

  it('records a self-declaration as such, which a verification later supersedes but never the reverse', async () => {
    const resident = await newResident();
    await as(resident.token)
      .post('/identity/me/residence-declaration')
      .send({ district: 'Donji grad' })
      .expect(204);
    expect((await as(resident.token).get('/identity/me').expect(200)).body.residence).toEqual({
      level: 'self-declared',
      method: 'self-declaration',
      district: 'Donji grad',
    });
    await as(officer)
      .post(`/identity/participants/${resident.participantId}/in-person-verification`)
      .send({ district: 'Donji grad', ageBand: '30-44' })
      .expect(204);
    expect((await as(resident.token).get('/identity/me').expect(200)).body.residence).toMatchObject({
      level: 'verified',
      method: 'in-person',
      ageBand: '30-44',
    });
    const downgrade = await as(resident.token)
      .post('/identity/me/residence-declaration')
      .send({})
      .expect(422);
    expect(downgrade.body.code).toBe('residence.already-verified');
  });

  it('matches a typed register number against the uploaded digests, once per register entry', async () => {
    await as(admin)
      .put('/identity/municipal-register')
      .send({ digests: [cityDigest('OS-2024-118833'), cityDigest('OS-2019-004410')] })
      .expect(200);
    const first = await newResident();
    await as(first.token)
      .post('/identity/me/register-match')
      .send({ registerNumber: ' os-2024-118833 ' })
      .expect(204);
    expect((await as(first.token).get('/identity/me').expect(200)).body.residence).toMatchObject({
      level: 'verified',
      method: 'municipal-register',
    });
    const second = await newResident();
    const reused = await as(second.token)
      .post('/identity/me/register-match')
      .send({ registerNumber: 'OS-2024-118833' })
      .expect(409);
    expect(reused.body.code).toBe('register.entry-used');
    const unknown = await as(second.token)
      .post('/identity/me/register-match')
      .send({ registerNumber: 'OS-1999-000001' })
      .expect(422);
    expect(unknown.body.code).toBe('register.no-match');
    expect((await as(second.token).get('/identity/me').expect(200)).body.residence).toEqual({
      level: 'none',
    });
  });

  it('offers only the methods the city configured', async () => {
    const server = platform.app.getHttpServer();
    await as(admin)
      .put('/identity/verification-methods')
      .send({ methods: ['in-person', 'access-code'] })
      .expect(200);
    expect((await request(server).get('/identity/verification-methods').expect(200)).body).toEqual({
      methods: ['in-person', 'access-code'],
    });
    const resident = await newResident();
    const refused = await as(resident.token).post('/identity/me/residence-declaration').send({}).expect(403);
    expect(refused.body.code).toBe('verification.method-not-offered');
    const wrong = await as(admin)
      .put('/identity/verification-methods')
      .send({ methods: ['passport'] })
      .expect(400);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'methods' });
    await as(admin)
      .put('/identity/verification-methods')
      .send({ methods: ['access-code', 'municipal-register', 'in-person', 'self-declaration'] })
      .expect(200);
  });

  it('never takes a nationality, a document number or an address', async () => {
    const resident = await newResident();
    const refused = await as(resident.token)
      .post('/identity/me/residence-declaration')
      .send({ district: 'Trnje', nationality: 'SY', streetAddress: 'Ilica 1' })
      .expect(400);
    expect(refused.body.errors.map((issue: { field: string; rule: string }) => issue.rule)).toContain(
      'never-collected',
    );
  });
});
