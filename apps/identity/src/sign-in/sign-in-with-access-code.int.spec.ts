import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ENGINES, identityPlatform, type IdentityPlatform } from '../identity.fixture';

describe.each(ENGINES)('signing in with an access code on %s', (engine) => {
  let platform: IdentityPlatform;
  let officer: string;

  beforeAll(async () => {
    platform = await identityPlatform(engine);
    officer = platform.tokenFor(randomUUID(), [{ role: 'officer', context: 'consultations' }]);
  });
  afterAll(async () => platform?.close());

  const issue = async (body: object): Promise<string[]> => {
    const response = await request(platform.app.getHttpServer())
      .post('/identity/access-code-batches')
      .set('authorization', `Bearer ${officer}`)
      .send(body)
      .expect(201);
    return response.body.codes;
  };

  it('registers a resident verified as the batch says, and starts a session', async () => {
    const [code] = await issue({ size: 3, district: 'Trnje', ageBand: '18-29' });
    const server = platform.app.getHttpServer();
    const signedIn = await request(server).post('/identity/sign-in/access-code').send({ code }).expect(201);
    expect(signedIn.body).toMatchObject({
      participantId: expect.any(String),
      token: expect.stringMatching(/^cp1\./),
    });
    const me = await request(server)
      .get('/identity/me')
      .set('authorization', `Bearer ${signedIn.body.token}`)
      .expect(200);
    expect(me.body).toMatchObject({
      participantId: signedIn.body.participantId,
      residence: { level: 'verified', method: 'access-code', district: 'Trnje', ageBand: '18-29' },
      roles: [{ role: 'resident' }],
    });
  });

  it('forgives how a code is typed, but spends it once', async () => {
    const [code] = await issue({ size: 1 });
    const server = platform.app.getHttpServer();
    const typed = ` ${code!.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o')} `;
    await request(server).post('/identity/sign-in/access-code').send({ code: typed }).expect(201);
    const reused = await request(server).post('/identity/sign-in/access-code').send({ code }).expect(409);
    expect(reused.body).toMatchObject({ code: 'access-code.used' });
    expect(reused.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('refuses a wrong code without saying more, and an empty body by naming the field', async () => {
    const server = platform.app.getHttpServer();
    const wrong = await request(server)
      .post('/identity/sign-in/access-code')
      .send({ code: 'ZZZZ-ZZZZ-ZZZZ' })
      .expect(401);
    expect(wrong.body).toMatchObject({ code: 'access-code.wrong', status: 401 });
    const empty = await request(server).post('/identity/sign-in/access-code').send({}).expect(400);
    expect(empty.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'code' })]));
  });

  it('refuses to issue codes to anyone but officers and administrators', async () => {
    const server = platform.app.getHttpServer();
    await request(server).post('/identity/access-code-batches').send({ size: 1 }).expect(401);
    const resident = platform.tokenFor(randomUUID(), [{ role: 'resident' }]);
    await request(server)
      .post('/identity/access-code-batches')
      .set('authorization', `Bearer ${resident}`)
      .send({ size: 1 })
      .expect(403);
  });
});
