import { randomUUID } from 'node:crypto';
import { Processors } from '@commonplan/nest';
import { BudgetingTestbed, type Engine, type Voter } from '../../budgeting.fixture';

const text = (nl: string) => ({ original: 'nl', texts: { nl } });

describe.each<Engine>(['PGlite', 'PostgreSQL'])('supporting projects over HTTP on %s', (engine) => {
  let bed: BudgetingTestbed;
  let cycleId: string;
  const projects: Record<string, string> = {};

  const officer = () => bed.as(bed.officer.token);
  const listing = async () => {
    await bed.app.get(Processors).projections.caughtUp();
    const listed = await bed.as().get(`/budgeting/cycles/${cycleId}/projects`).expect(200);
    const rows = listed.body.projects as { projectId: string; supports: number }[];
    return Object.fromEntries(
      Object.entries(projects).map(([name, id]) => [
        name,
        rows.find((row) => row.projectId === id)!.supports,
      ]),
    );
  };
  const support = (voter: Voter, name: string) =>
    bed.as(voter.token).post(`/budgeting/projects/${projects[name]}/supports`);
  const withdraw = (voter: Voter, name: string) =>
    bed.as(voter.token).delete(`/budgeting/projects/${projects[name]}/supports`);

  beforeAll(async () => {
    bed = await BudgetingTestbed.start(engine);
    const opened = await officer()
      .post('/budgeting/cycles')
      .send({
        title: text('Assen begroot'),
        budget: { amount: '1000000', currency: 'EUR' },
        withSupports: true,
        ballotRules: { kind: 'approval', maxChoices: 2 },
        eligibility: { verificationLevel: 'verified', minimumAge: 16 },
      })
      .expect(201);
    cycleId = opened.body.cycleId as string;
    for (const name of ['Taalcafé', 'Speeltuin', 'Buurtmoestuin']) {
      const proposed = await officer()
        .post(`/budgeting/cycles/${cycleId}/projects`)
        .send({ title: text(name), description: text(name), category: 'welcome', costEstimate: '250000' })
        .expect(201);
      projects[name] = proposed.body.projectId as string;
    }
  });
  afterAll(() => bed?.close());

  it('takes no support before the supports phase', async () => {
    const voter = await bed.voter();
    const refused = await support(voter, 'Taalcafé').expect(422);
    expect(refused.body.code).toBe('support.outside-supports-phase');
    expect(await bed.advance(cycleId)).toBe('supports');
  });

  it('counts one support per eligible resident per project, withdrawn ones not, and shows only counts', async () => {
    const [amira, lejla] = [await bed.voter(), await bed.voter({ level: 'verified', ageBand: '16-17' })];
    const supported = await support(amira!, 'Taalcafé').expect(201);
    expect(supported.body).toEqual({ projectId: projects.Taalcafé, cycleId, supported: true });
    await support(amira!, 'Taalcafé').expect(201);
    await support(lejla!, 'Taalcafé').expect(201);
    await support(amira!, 'Speeltuin').expect(201);
    const withdrawn = await withdraw(amira!, 'Speeltuin').expect(200);
    expect(withdrawn.body).toEqual({ projectId: projects.Speeltuin, cycleId, supported: false });
    await withdraw(lejla!, 'Speeltuin').expect(200);

    expect(await listing()).toEqual({ Taalcafé: 2, Speeltuin: 0, Buurtmoestuin: 0 });
    const mine = await bed.as(amira!.token).get(`/budgeting/cycles/${cycleId}/my-supports`).expect(200);
    expect(mine.body).toEqual({ cycleId, projectIds: [projects.Taalcafé] });
    const listed = await bed.as().get(`/budgeting/cycles/${cycleId}/projects`).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(amira!.participantId);
  });

  it('refuses whoever could not vote in the cycle, saying why', async () => {
    const declared = await bed.voter({ level: 'self-declared', ageBand: '30-44' });
    const refused = await support(declared, 'Buurtmoestuin').expect(403);
    expect(refused.body).toMatchObject({ code: 'support.not-eligible' });
    const child = await bed.voter({ level: 'verified', ageBand: '0-15' });
    expect((await support(child, 'Buurtmoestuin').expect(403)).body.code).toBe('support.not-eligible');
    const unknown = { participantId: randomUUID(), token: bed.resident() };
    await support(unknown, 'Buurtmoestuin').expect(403);
    expect(await listing()).toMatchObject({ Buurtmoestuin: 0 });
  });

  it('counts every resident supporting at once, and one resident’s repeated requests once', async () => {
    const residents = await Promise.all(Array.from({ length: 12 }, () => bed.voter()));
    const responses = await Promise.all([
      ...residents.map((resident) => support(resident, 'Buurtmoestuin')),
      ...Array.from({ length: 6 }, () => support(residents[0]!, 'Buurtmoestuin')),
    ]);
    expect(responses.map((response) => response.status)).toEqual(responses.map(() => 201));
    expect(await listing()).toMatchObject({ Buurtmoestuin: 12 });
  });

  it('refuses a project merged away or unknown, and my supports of a cycle that does not exist', async () => {
    await officer()
      .post(`/budgeting/projects/${projects.Speeltuin}/merge`)
      .send({ into: projects.Taalcafé })
      .expect(201);
    const voter = await bed.voter();
    expect((await support(voter, 'Speeltuin').expect(422)).body.code).toBe('project.merged-away');
    const unknown = await bed
      .as(voter.token)
      .post(`/budgeting/projects/${randomUUID()}/supports`)
      .expect(404);
    expect(unknown.body.code).toBe('project.not-found');
    const noCycle = await bed
      .as(voter.token)
      .get(`/budgeting/cycles/${randomUUID()}/my-supports`)
      .expect(404);
    expect(noCycle.body.code).toBe('cycle.not-found');
  });

  it('closes with the phase: officers review feasibility with the counts as they stood', async () => {
    const voter = await bed.voter();
    await support(voter, 'Buurtmoestuin').expect(201);
    expect(await bed.advance(cycleId)).toBe('feasibility');
    expect((await support(voter, 'Taalcafé').expect(422)).body.code).toBe('support.outside-supports-phase');
    expect((await withdraw(voter, 'Buurtmoestuin').expect(422)).body.code).toBe(
      'support.outside-supports-phase',
    );
    await bed.app.get(Processors).projections.caughtUp();
    const reviewed = await officer().get(`/budgeting/projects/${projects.Buurtmoestuin}`).expect(200);
    expect(reviewed.body).toMatchObject({ feasibility: 'pending', supports: 13 });
  });
});
