import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { verifyDatabase, type SqlDatabase } from '@commonplan/event-store';
import { SQL_DATABASE } from '@commonplan/nest';
import { ENGINES, identityPlatform, type IdentityPlatform } from '../identity.fixture';

const AMIRA = {
  displayName: 'Amira Haddad-Kovačević',
  email: 'amira.haddad.kovacevic@example.org',
  phone: '+385 91 555 0199',
  preferredLanguages: ['ar', 'hr'],
};
const ERASED_VALUES = [AMIRA.displayName, AMIRA.email, AMIRA.phone, 'Haddad', 'amira.haddad'];

/** Every row of every table, as text: what a `pg_dump` of the data would show, bytea as hex. */
const dumpDatabase = async (db: SqlDatabase): Promise<string> => {
  const { rows: tables } = await db.query<{ name: string }>(
    `SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) AS name FROM pg_tables
      WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
  );
  const dumps = await Promise.all(
    tables.map(async ({ name }) => {
      const { rows } = await db.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM ${name} t`);
      return `${name}\n${rows.map((row) => row.row).join('\n')}`;
    }),
  );
  return dumps.join('\n');
};

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const file = path.join(dir, entry);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });

const hexOf = (value: string): string => Buffer.from(value, 'utf8').toString('hex');

describe.each(ENGINES)('erasing a participant’s personal data on %s', (engine) => {
  let platform: IdentityPlatform;

  beforeAll(async () => (platform = await identityPlatform(engine)));
  afterAll(async () => platform?.close());

  it('leaves none of it anywhere in the database, shows an erased participant, and the log still verifies', async () => {
    const server = platform.app.getHttpServer();
    const officer = platform.tokenFor(randomUUID(), [{ role: 'officer', context: 'consultations' }]);
    const issued = await request(server)
      .post('/identity/access-code-batches')
      .set('authorization', `Bearer ${officer}`)
      .send({ size: 1, district: 'Trnje' })
      .expect(201);
    const signedIn = await request(server)
      .post('/identity/sign-in/access-code')
      .send({ code: issued.body.codes[0] })
      .expect(201);
    const { token, participantId } = signedIn.body as { token: string; participantId: string };
    const resident = (call: request.Test): request.Test => call.set('authorization', `Bearer ${token}`);

    await resident(request(server).put('/identity/me/personal-data').send(AMIRA)).expect(200);
    expect((await resident(request(server).get('/identity/me')).expect(200)).body).toMatchObject({
      displayName: AMIRA.displayName,
      personalData: AMIRA,
    });
    await request(server)
      .get(`/identity/participants/${participantId}/personal-data`)
      .query({ reason: 'to call back about her comment on measure 12' })
      .set('authorization', `Bearer ${officer}`)
      .expect(200);
    await request(server).post('/identity/sign-in/email-link').send({ email: AMIRA.email }).expect(202);

    const db = platform.app.get<SqlDatabase>(SQL_DATABASE);
    const vaultRows = async (): Promise<number> => {
      const { rows } = await db.query<{ n: number }>(
        `SELECT (SELECT count(*) FROM identity_vault_keys WHERE participant_id = $1)::int
              + (SELECT count(*) FROM identity_personal_data WHERE participant_id = $1)::int AS n`,
        [participantId],
      );
      return rows[0]!.n;
    };
    expect(await vaultRows()).toBe(2);

    await resident(request(server).delete('/identity/me/personal-data')).expect(204);

    expect(await vaultRows()).toBe(0);
    const dump = await dumpDatabase(db);
    // The dump holds the log: the participant, the district their code gave them, the staff reading.
    for (const kept of [participantId, 'Trnje', 'to call back about her comment on measure 12'])
      expect(dump).toContain(kept);
    for (const value of ERASED_VALUES) {
      expect(dump).not.toContain(value);
      expect(dump).not.toContain(hexOf(value));
    }
    if (engine === 'PGlite') {
      await db.query('CHECKPOINT');
      for (const file of filesUnder(platform.dataDir)) {
        const content = readFileSync(file).toString('latin1');
        for (const value of [AMIRA.email, AMIRA.phone])
          expect({ file, found: content.includes(value) }).toEqual({ file, found: false });
      }
    }

    const me = await resident(request(server).get('/identity/me')).expect(200);
    expect(me.body).toMatchObject({ displayName: 'erased participant', personalData: null });
    const exported = await resident(request(server).get('/identity/me/export')).expect(200);
    expect(exported.body).toMatchObject({ personalData: null, erased: true });
    expect(JSON.stringify(exported.body)).not.toContain('Haddad');
    const staffView = await request(server)
      .get(`/identity/participants/${participantId}/personal-data`)
      .query({ reason: 'checking the erasure went through' })
      .set('authorization', `Bearer ${officer}`)
      .expect(200);
    expect(staffView.body).toMatchObject({
      displayName: 'erased participant',
      personalData: null,
      erased: true,
    });
    expect(await verifyDatabase(db)).toMatchObject({ ok: true });
  });
});
