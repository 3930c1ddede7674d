import { createHash, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { SqlDatabase } from '@commonplan/event-store';
import { createPlatformApp, EventStreams, SessionTokens, SQL_DATABASE } from '@commonplan/nest';
import { freshPostgres, type TestDatabase, freshDataDir } from '@commonplan/testing';
import { BallotBox } from '../ballots/ballot-box.adapter';
import { budgetingContext } from '../budgeting.module';
import { tallyElection, type Election } from '../tally';
import { VoterRoll } from '../voter-roll/voter-roll.adapter';

const reason = {
  original: 'nl',
  texts: {
    nl: 'De locatie is verkocht voordat de stemming sloot',
    en: 'The site was sold before the vote closed',
  },
};
const text = (nl: string) => ({ original: 'nl', texts: { nl } });
const fieldsAndRules = (body: { errors?: { field: string; rule: string }[] }) =>
  (body.errors ?? []).map(({ field, rule }) => `${field} ${rule}`);

describe.each(['PGlite', 'PostgreSQL'] as const)('tallies and results over HTTP on %s', (engine) => {
  let app: NestExpressApplication;
  let dataDir: string;
  let database: TestDatabase | undefined;
  let officer: string;

  beforeAll(async () => {
    dataDir = freshDataDir('commonplan-tallies-');
    database = engine === 'PostgreSQL' ? await freshPostgres({ maxConnections: 4 }) : undefined;
    app = await createPlatformApp({
      name: 'commonplan-budgeting-test',
      contexts: [budgetingContext],
      runsNotary: true,
      config: { port: 0, dataDir, databaseUrl: database?.url, logLevel: 'silent', environment: 'test' },
    });
    officer = app
      .get(SessionTokens)
      .issue(randomUUID(), [{ role: 'officer', context: 'budgeting' }], 3600).token;
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const http = (token?: string) => {
    const auth = <T extends request.Test>(call: T): T =>
      token ? call.set('authorization', `Bearer ${token}`) : call;
    return {
      get: (url: string) => auth(request(app.getHttpServer()).get(url)),
      post: (url: string) => auth(request(app.getHttpServer()).post(url)),
    };
  };

  const voter = async (district?: string) => {
    const participantId = randomUUID();
    await app
      .get<SqlDatabase>(SQL_DATABASE)
      .transaction((session) =>
        app
          .get(VoterRoll)
          .record(session, participantId, { level: 'verified', ...(district ? { district } : {}) }),
      );
    const token = app.get(SessionTokens).issue(participantId, [{ role: 'resident' }], 3600).token;
    return { participantId, token };
  };

  /** A cycle in the voting phase, each project proposed and assessed feasible at its cost. */
  const votingCycle = async (
    opening: object,
    projects: Record<string, { cost: string; district?: string }>,
  ) => {
    const cycle = await http(officer)
      .post('/budgeting/cycles')
      .send({
        title: text('Assen begroot'),
        budget: { amount: '100000', currency: 'EUR' },
        districts: [{ name: 'Noord', budget: '30000' }],
        eligibility: { verificationLevel: 'verified' },
        ...opening,
      })
      .expect(201);
    const cycleId = cycle.body.cycleId as string;
    const ids: Record<string, string> = {};
    for (const [name, { cost, district }] of Object.entries(projects)) {
      const proposed = await http(officer)
        .post(`/budgeting/cycles/${cycleId}/projects`)
        .send({
          title: text(name),
          description: text(name),
          category: 'welkom',
          district,
          costEstimate: cost,
        })
        .expect(201);
      ids[name] = proposed.body.projectId;
    }
    await http(officer).post(`/budgeting/cycles/${cycleId}/phase-advances`).expect(201);
    for (const [name, { cost }] of Object.entries(projects))
      await http(officer)
        .post(`/budgeting/projects/${ids[name]}/feasibility`)
        .send({ feasible: true, finalCost: cost })
        .expect(201);
    await http(officer).post(`/budgeting/cycles/${cycleId}/phase-advances`).expect(201);
    return { cycleId, ids };
  };

  it('counts every ballot by Equal Shares, keeps results hidden until published, then shows shares, overrides and receipts', async () => {
    const { cycleId, ids } = await votingCycle(
      { ballotRules: { kind: 'approval', maxChoices: 3, minChoices: 1 }, tallyRule: { rule: 'mes' } },
      {
        taalhuis: { cost: '40000' },
        fietsenmaker: { cost: '30000' },
        buurttuin: { cost: '25000' },
        speeltuin: { cost: '20000', district: 'Noord' },
        bankjes: { cost: '15000', district: 'Noord' },
      },
    );
    const { taalhuis, fietsenmaker, buurttuin, speeltuin, bankjes } = ids as Record<string, string>;
    const choices: [string | undefined, string[]][] = [
      ['Noord', [taalhuis!, speeltuin!]],
      ['Noord', [taalhuis!, bankjes!]],
      [undefined, [fietsenmaker!, buurttuin!]],
      [undefined, [taalhuis!]],
      ['Noord', [speeltuin!, buurttuin!]],
      [undefined, [fietsenmaker!, taalhuis!]],
    ];
    const voters = await Promise.all(choices.map(([district]) => voter(district)));
    const receipts: string[] = [];
    for (const [at, [, projects]] of choices.entries()) {
      const cast = await http(voters[at]!.token)
        .post(`/budgeting/cycles/${cycleId}/ballots`)
        .send({ kind: 'approval', projects })
        .expect(201);
      receipts.push(cast.body.receipt);
    }
    // The first voter changes their mind: only the last version counts.
    const changed = await http(voters[0]!.token)
      .post(`/budgeting/cycles/${cycleId}/ballots`)
      .send({ kind: 'approval', projects: [speeltuin, bankjes] })
      .expect(201);
    const replaced = receipts[0]!;
    receipts[0] = changed.body.receipt;
    choices[0] = ['Noord', [speeltuin!, bankjes!]];

    const early = await http(officer).post(`/budgeting/cycles/${cycleId}/tally`).expect(422);
    expect(early.body.code).toBe('tally.not-tally-phase');
    await http(officer).post(`/budgeting/cycles/${cycleId}/phase-advances`).expect(201);
    expect((await http().get(`/budgeting/cycles/${cycleId}/results`).expect(404)).body.code).toBe(
      'results.not-published',
    );
    await http().get(`/budgeting/cycles/${cycleId}/counted-ballots`).expect(404);
    await http(voters[1]!.token).post(`/budgeting/cycles/${cycleId}/tally`).expect(403);

    const tally = await http(officer).post(`/budgeting/cycles/${cycleId}/tally`).expect(201);
    expect(tally.body).toMatchObject({
      published: false,
      tallyRule: { rule: 'mes' },
      ballots: {
        counted: 6,
        receiptsDigest: createHash('sha256')
          .update([...receipts].sort().join('\n'))
          .digest('hex'),
      },
      checkpoint: { treeSize: expect.any(Number), rootHash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(tally.body.checkpoint.position >= tally.body.position).toBe(true);
    expect(tally.body.tieBreak).toMatch(/project id/);

    // Anyone re-running the rule on the same ballots gets the same projects.
    const city = [taalhuis!, fietsenmaker!, buurttuin!];
    const noord = [speeltuin!, bankjes!];
    const electionOf = (budget: bigint, offered: string[], district?: string): Election => ({
      decimals: 2,
      budget,
      projects: offered.map((id) => ({
        id,
        cost: BigInt(
          tally.body.parts
            .flatMap((p: { projects: { projectId: string; cost: string }[] }) => p.projects)
            .find((p: { projectId: string }) => p.projectId === id).cost,
        ),
      })),
      ballots: choices
        .filter(([home]) => district === undefined || home === district)
        .map(([, projects]) => ({
          kind: 'approval',
          projects: projects.filter((id) => offered.includes(id)),
        })),
    });
    const expected = [
      tallyElection(electionOf(70000n, city), { rule: 'mes', completion: 'add-one' }),
      tallyElection(electionOf(30000n, noord, 'Noord'), { rule: 'mes', completion: 'add-one' }),
    ];
    expect(tally.body.parts.map((p: { district: string | null }) => p.district)).toEqual([null, 'Noord']);
    expect(tally.body.parts.map((p: { totalCostByTally: string }) => p.totalCostByTally)).toEqual(
      expected.map((t) => t.totalCost.toString()),
    );
    const selectedIn = (part: { projects: { projectId: string; selectedByTally: boolean }[] }) =>
      part.projects
        .filter((p) => p.selectedByTally)
        .map((p) => p.projectId)
        .sort();
    expect(tally.body.parts.map(selectedIn)).toEqual(expected.map((t) => [...t.selected].sort()));

    // Officers preview; the public still sees nothing.
    expect((await http(officer).get(`/budgeting/cycles/${cycleId}/results`).expect(200)).body.published).toBe(
      false,
    );
    await http(voters[2]!.token).get(`/budgeting/cycles/${cycleId}/results`).expect(404);

    const funded = tally.body.parts[1].projects.find((p: { selectedByTally: boolean }) => p.selectedByTally);
    const noReason = await http(officer)
      .post(`/budgeting/cycles/${cycleId}/overrides`)
      .send({ projectId: funded.projectId, decision: 'unfund', reason: { original: 'nl', texts: {} } })
      .expect(400);
    expect(fieldsAndRules(noReason.body)).toEqual(['reason.texts texts-in-languages']);
    const missing = await http(officer)
      .post(`/budgeting/cycles/${cycleId}/overrides`)
      .send({ projectId: funded.projectId, decision: 'unfund' })
      .expect(400);
    expect(fieldsAndRules(missing.body)).toContain('reason isObject');
    await http(officer)
      .post(`/budgeting/cycles/${cycleId}/overrides`)
      .send({ projectId: funded.projectId, decision: 'unfund', reason })
      .expect(201);

    await http(officer).post(`/budgeting/cycles/${cycleId}/results`).expect(201);
    const results = await http().get(`/budgeting/cycles/${cycleId}/results`).expect(200);
    expect(results.body).toMatchObject({
      published: true,
      overrides: [{ projectId: funded.projectId, reason }],
    });
    const shown = results.body.parts[1].projects.find(
      (p: { projectId: string }) => p.projectId === funded.projectId,
    );
    expect(shown).toMatchObject({
      selectedByTally: true,
      funded: false,
      override: { decision: 'unfund', reason },
    });
    for (const part of results.body.parts)
      for (const project of part.projects.filter((p: { selectedByTally: boolean }) => p.selectedByTally))
        expect(project.supporterShares).toMatchObject({
          share: { numerator: expect.stringMatching(/^\d+$/), denominator: expect.stringMatching(/^\d+$/) },
          fullShares: expect.any(Number),
        });

    const counted = await http().get(`/budgeting/cycles/${cycleId}/counted-ballots`).expect(200);
    expect(counted.body.ballots.map((b: { receipt: string }) => b.receipt)).toEqual([...receipts].sort());
    expect(counted.body.ballots.map((b: { receipt: string }) => b.receipt)).not.toContain(replaced);
    const mine = await http()
      .get(`/budgeting/cycles/${cycleId}/counted-ballots?receipt=${receipts[0]}`)
      .expect(200);
    expect(mine.body.ballots).toEqual([
      {
        receipt: receipts[0],
        district: 'Noord',
        kind: 'approval',
        projects: [speeltuin, bankjes],
        points: null,
      },
    ]);
    expect(JSON.stringify(counted.body)).not.toContain(voters[0]!.participantId);

    await expect(app.get(BallotBox).ballotIdOf(cycleId, voters[0]!.participantId)).rejects.toThrow(/sealed/);
    const fundedEvents = await app.get(EventStreams).read('project', funded.projectId);
    expect(fundedEvents.map((event) => event.type)).not.toContain('ProjectFunded');
    const other = results.body.parts[0].projects.find((p: { funded: boolean }) => p.funded);
    const otherEvents = await app.get(EventStreams).read('project', other.projectId);
    expect(otherEvents.map((event) => event.type)).toContain('ProjectFunded');

    expect((await http(officer).post(`/budgeting/cycles/${cycleId}/tally`).expect(422)).body.code).toBe(
      'tally.results-published',
    );
    await http(officer).post(`/budgeting/cycles/${cycleId}/results`).expect(409);
  });

  it('refuses bad inputs with 4xx naming the field and the rule', async () => {
    const ranked = await http(officer)
      .post('/budgeting/cycles')
      .send({
        title: text('Assen'),
        budget: { amount: '100000', currency: 'EUR' },
        ballotRules: { kind: 'ranked', maxChoices: 3 },
        eligibility: { verificationLevel: 'verified' },
        tallyRule: { rule: 'mes' },
      })
      .expect(400);
    expect(fieldsAndRules(ranked.body)).toEqual(['tallyRule.rule approval-ballots']);
    const unknownRule = await http(officer)
      .post('/budgeting/cycles')
      .send({
        title: text('Assen'),
        budget: { amount: '100000', currency: 'EUR' },
        ballotRules: { kind: 'approval', maxChoices: 3 },
        eligibility: { verificationLevel: 'verified' },
        tallyRule: { rule: 'borda', threshold: -1 },
      })
      .expect(400);
    expect(fieldsAndRules(unknownRule.body)).toEqual(['tallyRule.rule isIn', 'tallyRule.threshold min']);

    const mes = await http(officer)
      .post('/budgeting/cycles')
      .send({
        title: text('Assen'),
        budget: { amount: '100000', currency: 'EUR' },
        ballotRules: { kind: 'approval', maxChoices: 3 },
        eligibility: { verificationLevel: 'verified' },
        tallyRule: { rule: 'mes' },
      })
      .expect(201);
    const rules = `/budgeting/cycles/${mes.body.cycleId}/ballot-rules`;
    const put = (body: object) =>
      request(app.getHttpServer()).put(rules).set('authorization', `Bearer ${officer}`).send(body);
    expect(fieldsAndRules((await put({ kind: 'ranked', maxChoices: 3 }).expect(400)).body)).toEqual([
      'tallyRule.rule approval-ballots',
    ]);
    const switched = await put({ kind: 'ranked', maxChoices: 3, tallyRule: { rule: 'greedy' } }).expect(200);
    expect(switched.body.tallyRule).toEqual({ rule: 'greedy' });

    const { cycleId, ids } = await votingCycle(
      {
        ballotRules: { kind: 'approval', maxChoices: 2 },
        tallyRule: { rule: 'greedy-threshold', threshold: 1 },
      },
      { taalhuis: { cost: '40000' } },
    );
    const badOverride = await http(officer)
      .post(`/budgeting/cycles/${cycleId}/overrides`)
      .send({ projectId: 'taalhuis', decision: 'maybe', reason })
      .expect(400);
    expect(fieldsAndRules(badOverride.body)).toEqual(['projectId isUuid', 'decision isIn']);
    const noTally = await http(officer)
      .post(`/budgeting/cycles/${cycleId}/overrides`)
      .send({ projectId: ids.taalhuis, decision: 'fund', reason })
      .expect(422);
    expect(noTally.body.code).toBe('override.no-tally');
    await http(officer).post(`/budgeting/cycles/${cycleId}/results`).expect(422);
    await http(officer).post(`/budgeting/cycles/${randomUUID()}/tally`).expect(404);
    const badPage = await http()
      .get(`/budgeting/cycles/${cycleId}/counted-ballots?limit=0&receipt=mine`)
      .expect(400);
    expect(fieldsAndRules(badPage.body).sort()).toEqual(['limit min', 'receipt matches']);
  });
});
