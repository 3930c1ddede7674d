import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { SessionTokens } from '@commonplan/nest';
import { ENGINES, identityPlatform, type IdentityPlatform } from '../identity.fixture';

describe.each(ENGINES)('roles, sessions and the audit of staff reading personal data on %s', (engine) => {
  let platform: IdentityPlatform;
  let admin: string;
  let secretariat: string;
  let officer: string;
  const officerId = randomUUID();

  beforeAll(async () => {
    platform = await identityPlatform(engine);
    admin = platform.tokenFor(randomUUID(), [{ role: 'administrator' }]);
    secretariat = platform.tokenFor(randomUUID(), [{ role: 'council-secretariat' }]);
    officer = platform.tokenFor(officerId, [
      { role: 'officer', context: 'council', department: 'integration' },
    ]);
  });
  afterAll(async () => platform?.close());

  const call = (method: 'get' | 'post' | 'put' | 'delete', url: string, token?: string) => {
    const test = request(platform.app.getHttpServer())[method](url);
    return token ? test.set('authorization', `Bearer ${token}`) : test;
  };

  const resident = async (): Promise<{ token: string; participantId: string }> => {
    const issued = await call('post', '/identity/access-code-batches', admin).send({ size: 1 }).expect(201);
    const signedIn = await call('post', '/identity/sign-in/access-code')
      .send({ code: issued.body.codes[0] })
      .expect(201);
    return signedIn.body;
  };

  it('lets the secretariat seat council members, and only administrators give other roles', async () => {
    const member = await resident();
    const seated = await call('post', `/identity/participants/${member.participantId}/roles`, secretariat)
      .send({ role: 'council-member' })
      .expect(201);
    expect(seated.body.roles).toEqual([{ role: 'resident' }, { role: 'council-member' }]);
    const notYours = await call('post', `/identity/participants/${member.participantId}/roles`, secretariat)
      .send({ role: 'moderator' })
      .expect(403);
    expect(notYours.body.code).toBe('role.not-yours-to-grant');
    const staffOnly = await call('post', `/identity/participants/${member.participantId}/roles`, admin)
      .send({ role: 'officer', context: 'budgeting' })
      .expect(422);
    expect(staffOnly.body.code).toBe('role.needs-staff-account');
    await call('post', `/identity/participants/${randomUUID()}/roles`, admin)
      .send({ role: 'council-member' })
      .expect(404);
  });

  it('ends the sessions of a participant whose role is withdrawn, and of one who signs out', async () => {
    const member = await resident();
    await call('post', `/identity/participants/${member.participantId}/roles`, admin)
      .send({ role: 'council-member' })
      .expect(201);
    await call('post', `/identity/participants/${member.participantId}/role-revocations`, admin)
      .send({ role: 'council-member' })
      .expect(201);
    const ended = await call('get', '/identity/me', member.token).expect(401);
    expect(ended.body.code).toBe('session.revoked');

    const other = await resident();
    await call('delete', '/identity/sessions/current', other.token).expect(204);
    await call('get', '/identity/me', other.token).expect(401);
  });

  it('refuses expired, forged and missing sessions with 401 and says which', async () => {
    const tokens = platform.app.get(SessionTokens);
    const expired = tokens.issue(randomUUID(), [{ role: 'resident' }], -1).token;
    expect((await call('get', '/identity/me', expired).expect(401)).body.code).toBe('session.expired');
    const [prefix, payload] = expired.split('.');
    const forged = `${prefix}.${payload}.${'A'.repeat(43)}`;
    expect((await call('get', '/identity/me', forged).expect(401)).body.code).toBe('session.forged');
    expect((await call('get', '/identity/me').expect(401)).body.code).toBe('session.missing');
  });

  it('records every staff reading of personal data, with its reason, for auditors and the participant', async () => {
    const someone = await resident();
    await call('put', '/identity/me/personal-data', someone.token)
      .send({ displayName: 'Oksana', preferredLanguages: ['uk'] })
      .expect(200);
    const noReason = await call(
      'get',
      `/identity/participants/${someone.participantId}/personal-data`,
      officer,
    ).expect(400);
    expect(noReason.body.errors[0]).toMatchObject({ field: 'reason' });
    const read = await call('get', `/identity/participants/${someone.participantId}/personal-data`, officer)
      .query({ reason: 'motion 7 asks to invite her to the council session' })
      .expect(200);
    expect(read.body).toMatchObject({ displayName: 'Oksana', personalData: { preferredLanguages: ['uk'] } });

    const auditor = platform.tokenFor(randomUUID(), [{ role: 'auditor' }]);
    const expected = {
      participantId: someone.participantId,
      viewedBy: officerId,
      viewerRoles: ['officer'],
      fields: ['displayName', 'preferredLanguages'],
      reason: 'motion 7 asks to invite her to the council session',
    };
    let views: unknown[] = [];
    for (let tries = 0; tries < 50 && views.length === 0; tries++) {
      const audit = await call('get', '/identity/audit/personal-data-views', auditor)
        .query({ participantId: someone.participantId })
        .expect(200);
      views = audit.body.views;
      if (views.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(views).toEqual([expect.objectContaining(expected)]);
    await call('get', '/identity/audit/personal-data-views', officer).expect(403);
    const exported = await call('get', '/identity/me/export', someone.token).expect(200);
    expect(exported.body.personalDataViews).toEqual([
      expect.objectContaining({ viewedBy: officerId, reason: expected.reason }),
    ]);
    expect(exported.body.events.map((event: { type: string }) => event.type)).toEqual([
      'ParticipantRegistered',
      'RoleGranted',
      'ResidenceVerified',
      'PersonalDataRecorded',
    ]);
  });
});
