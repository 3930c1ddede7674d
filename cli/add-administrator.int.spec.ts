import { rmSync } from 'node:fs';
import request from 'supertest';
import { createPlatform } from '../deploy/embedded/platform';
import { addAdministratorCommand } from './add-administrator.command';
import type { CliContext } from './command';
import { freshDataDir } from '@commonplan/testing';

describe('commonplan add-administrator', () => {
  let dataDir: string;

  beforeAll(() => (dataDir = freshDataDir('commonplan-admin-')));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const run = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const context: CliContext = {
      env: { COMMONPLAN_DATA_DIR: dataDir },
      output: { out: (line) => out.push(line), err: (line) => err.push(line) },
    };
    const code = await addAdministratorCommand((config) => createPlatform({ config })).run(args, context);
    return { code, out, err };
  };

  // Boots the platform three times on one PGlite folder: slow on a busy machine.
  it('opens the first administrator, whose enrolment token then works over HTTP, and no second one', async () => {
    const first = await run(['city.admin']);
    expect(first.code).toBe(0);
    const enrolmentToken = first.out[2]!;
    expect(enrolmentToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const second = await run(['another.admin']);
    expect(second).toMatchObject({
      code: 1,
      err: [expect.stringMatching(/there is an administrator already/)],
    });

    const app = await createPlatform({
      config: { port: 0, dataDir, logLevel: 'silent', environment: 'test' },
    });
    try {
      await request(app.getHttpServer())
        .post('/identity/staff-enrolment')
        .send({ enrolmentToken, password: 'a long passphrase for the city hall' })
        .expect(201);
    } finally {
      await app.close();
    }
  }, 180_000);

  it('refuses a username it could not use', async () => {
    await expect(run(['Ana Kovač'])).rejects.toThrow(/lower-case letters/);
    await expect(run([])).rejects.toThrow(/exactly one username/);
  });
});
