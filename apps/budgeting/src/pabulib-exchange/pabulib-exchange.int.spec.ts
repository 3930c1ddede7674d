import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BudgetingTestbed } from '../budgeting.fixture';
import { parsePabulib } from '../pabulib';
import { tallyElection } from '../tally';

const PABULIB = path.resolve(__dirname, '../../../../../shared/data/pabulib');
const WARSAW = 'Poland_Warszawa_2023_Ochota.pb';
const FILES = [
  'Netherlands_Assen_2024.pb',
  'Poland_Czestochowa_2024_Podjasnogorska.pb',
  'Poland_Krakow_2019_Bienczyce.pb',
  WARSAW,
];
/**
 * Warsaw's 4,392 ballots go through on PostgreSQL, the server a city runs: on PGlite the same SQL
 * takes minutes of WASM, and the three smaller files already take each engine through every step.
 */
const filesOn = (engine: 'PGlite' | 'PostgreSQL'): string[] =>
  engine === 'PGlite' ? FILES.filter((name) => name !== WARSAW) : FILES;

/** What the city funded, by the file's own `selected` column. */
const selectedColumn = (text: string): string[] =>
  parsePabulib(text)
    .projects.rows.filter((row) => row.values.selected === '1')
    .map((row) => row.values.project_id!)
    .sort();

interface Results {
  parts: { district: string | null; projects: { projectId: string; selectedByTally: boolean }[] }[];
}

describe.each(['PGlite', 'PostgreSQL'] as const)('Pabulib elections through the platform on %s', (engine) => {
  let bed: BudgetingTestbed;
  let officer: string;

  beforeAll(async () => {
    bed = await BudgetingTestbed.start(engine, { runsNotary: true });
    officer = bed.officer.token;
  });
  afterAll(() => bed?.close());

  const as = (token?: string) => bed.as(token);

  const eventCount = async (): Promise<number> => {
    const { rows } = await bed.db.query<{ count: string }>('SELECT count(*)::text AS count FROM events');
    return Number(rows[0]!.count);
  };

  it.each(filesOn(engine))(
    'imports %s, counts it to the city’s own result, and exports ballots that count the same',
    async (name) => {
      const text = readFileSync(path.join(PABULIB, name), 'utf8');
      const pb = parsePabulib(text);
      const imported = await as(officer)
        .post('/budgeting/pabulib-imports')
        .send({ text, fileName: name })
        .expect(201);
      const { cycleId } = imported.body as { cycleId: string };
      expect(imported.body).toMatchObject({
        projects: pb.election.projects.length,
        ballots: pb.election.ballots.length,
      });

      await as(officer).post(`/budgeting/cycles/${cycleId}/tally`).expect(201);
      const results = (await as(officer).get(`/budgeting/cycles/${cycleId}/results`).expect(200))
        .body as Results;
      const cycle = await as().get(`/budgeting/cycles/${cycleId}`).expect(200);
      expect(cycle.body.importedFrom).toMatchObject({ format: 'pabulib', fileName: name });
      const references = new Map(
        (cycle.body.importedFrom.projects as { reference: string; projectId: string }[]).map((p) => [
          p.projectId,
          p.reference,
        ]),
      );
      await as(officer).get(`/budgeting/cycles/${cycleId}/pabulib`).expect(200);

      const byPlatform = results.parts[0]!.projects.filter((project) => project.selectedByTally).map(
        (project) => references.get(project.projectId),
      );
      const standalone = [...tallyElection(pb.election, pb.rule!).selected].sort();
      expect(byPlatform.sort()).toEqual(standalone);
      expect(selectedColumn(text)).toEqual(standalone);

      await as().get(`/budgeting/cycles/${cycleId}/pabulib`).expect(404);
      await as(officer).post(`/budgeting/cycles/${cycleId}/results`).expect(201);
      const exported = await as().get(`/budgeting/cycles/${cycleId}/pabulib`).expect(200);
      expect(exported.headers['content-type']).toMatch(/^text\/plain/);
      const again = parsePabulib(exported.text);
      expect(again.election.ballots).toHaveLength(pb.election.ballots.length);
      expect([...tallyElection(again.election, again.rule!).selected].sort()).toEqual(standalone);
      expect(selectedColumn(exported.text)).toEqual(standalone);
    },
    // Warsaw holds 4,392 ballots, each written through the deciders: a minute on a busy 2-core machine.
    180_000,
  );

  it('refuses a file with a ballot that breaks its own rules, naming the line, and keeps nothing', async () => {
    const text = readFileSync(path.join(PABULIB, 'Netherlands_Assen_2024.pb'), 'utf8');
    // Assen asked for at least two projects on every ballot; one voter now chose only one.
    const lines = text.split('\r\n');
    const votes = lines.indexOf('VOTES');
    const broken = votes + 2;
    lines[broken] = lines[broken]!.replace(/;(\d+),.*$/, ';$1');
    expect(lines[broken]).toMatch(/;\d+$/);
    const before = await eventCount();
    const refused = await as(officer)
      .post('/budgeting/pabulib-imports')
      .send({ text: lines.join('\r\n') })
      .expect(400);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: `line ${broken + 1}`, rule: 'min-items' }),
    ]);
    expect(await eventCount()).toBe(before);
  });

  it('refuses a malformed file, naming the line, and bad requests naming the field', async () => {
    const refused = await as(officer)
      .post('/budgeting/pabulib-imports')
      .send({
        text: 'META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;abc\nVOTES\nvoter_id;vote\n',
      })
      .expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'line 7', rule: 'money' })]);
    const badRule = await as(officer)
      .post('/budgeting/pabulib-imports')
      .send({ text: 'x', rule: 'borda' })
      .expect(400);
    expect(badRule.body.errors).toEqual([expect.objectContaining({ field: 'rule' })]);
    await as().post('/budgeting/pabulib-imports').send({ text: 'x' }).expect(401);
    await as(officer).get(`/budgeting/cycles/${randomUUID()}/pabulib`).expect(404);
  });
});
