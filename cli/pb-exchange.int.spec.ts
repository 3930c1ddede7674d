import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { SessionTokens } from '@commonplan/nest';
import { freshPostgres, type TestDatabase, freshDataDir } from '@commonplan/testing';
import { parsePabulib, tallyElection } from '../apps/budgeting/src/index';
import { createPlatform } from '../deploy/embedded/platform';
import type { CliContext } from './command';
import { runCli } from './main';

const PABULIB = path.resolve(__dirname, '..', '..', 'shared', 'data', 'pabulib');
const KRAKOW = path.join(PABULIB, 'Poland_Krakow_2019_Bienczyce.pb');

describe('commonplan pb import and export, beside the platform on PostgreSQL', () => {
  let database: TestDatabase;
  let dataDir: string;

  beforeAll(async () => {
    database = await freshPostgres({ maxConnections: 4 });
    dataDir = freshDataDir('commonplan-pb-exchange-');
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const run = async (...argv: string[]) => {
    const [out, err]: [string[], string[]] = [[], []];
    const context: CliContext = {
      env: { DATABASE_URL: database.url, COMMONPLAN_DATA_DIR: dataDir },
      output: { out: (line) => out.push(line), err: (line) => err.push(line) },
    };
    const code = await runCli(argv, context);
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('imports a ranked election the platform then counts as pb tally does, and exports it back', async () => {
    const imported = await run('pb', 'import', KRAKOW);
    expect(imported).toMatchObject({ code: 0, err: '' });
    const cycleId = /cycle ([0-9a-f-]{36})/.exec(imported.out)![1]!;

    const exported = await run('pb', 'export', cycleId);
    expect(exported.code).toBe(0);
    const original = parsePabulib(readFileSync(KRAKOW, 'utf8'));
    const again = parsePabulib(exported.out);
    expect(again.meta.get('description')).toBe(original.meta.get('description'));
    // The same ballots, in receipt order rather than the file's: the order of casting is not published.
    const asSet = (ballots: readonly object[]) => ballots.map((ballot) => JSON.stringify(ballot)).sort();
    expect(asSet(again.election.ballots)).toEqual(asSet(original.election.ballots));
    const standalone = tallyElection(original.election, original.rule!).selected;
    expect(tallyElection(again.election, again.rule!).selected).toEqual(standalone);

    const app = await createPlatform({
      config: { port: 0, dataDir, databaseUrl: database.url, logLevel: 'silent', environment: 'test' },
    });
    try {
      const officer = app
        .get(SessionTokens)
        .issue(randomUUID(), [{ role: 'officer', context: 'budgeting' }], 600).token;
      const tally = await request(app.getHttpServer())
        .post(`/budgeting/cycles/${cycleId}/tally`)
        .set('authorization', `Bearer ${officer}`)
        .expect(201);
      const { body: cycle } = await request(app.getHttpServer())
        .get(`/budgeting/cycles/${cycleId}`)
        .expect(200);
      const references = new Map<string, string>(
        cycle.importedFrom.projects.map((p: { projectId: string; reference: string }) => [
          p.projectId,
          p.reference,
        ]),
      );
      const selected = (tally.body.parts[0].projects as { projectId: string; selectedByTally: boolean }[])
        .filter((project) => project.selectedByTally)
        .map((project) => references.get(project.projectId)!);
      expect(selected.sort()).toEqual([...standalone].sort());
    } finally {
      await app.close();
    }
  });

  it('refuses to export a cycle that does not exist, with exit code 1', async () => {
    const { code, err } = await run('pb', 'export', randomUUID());
    expect(code).toBe(1);
    expect(err).toMatch(/^pb export: /);
  });
});
