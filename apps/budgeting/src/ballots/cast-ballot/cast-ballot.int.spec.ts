import { randomUUID } from 'node:crypto';
import { BallotBox } from '../ballot-box.adapter';
import { BudgetingTestbed, type VotingCycle } from '../../budgeting.fixture';

const HASH = /^[0-9a-f]{64}$/;

const rulesOf = (body: { errors?: { field: string; rule: string }[] }) =>
  (body.errors ?? []).map(({ field, rule }) => `${field} ${rule}`);

describe.each(['PGlite', 'PostgreSQL'] as const)('casting ballots over HTTP on %s', (engine) => {
  let bed: BudgetingTestbed;
  let assen: VotingCycle;

  beforeAll(async () => {
    bed = await BudgetingTestbed.start(engine);
    assen = await bed.openVoting(
      {
        ballotRules: { kind: 'approval', maxChoices: 2, minChoices: 1 },
        districts: [
          { name: 'Noord', budget: '400000' },
          { name: 'Zuid', budget: '400000' },
        ],
        eligibility: { verificationLevel: 'verified', minimumAge: 16 },
      },
      {
        taalhuis: { cost: '150000' },
        speeltuin: { cost: '200000', district: 'Noord' },
        fietsenmaker: { cost: '100000', district: 'Zuid' },
        zwembad: { cost: '300000', feasible: false },
      },
    );
  });
  afterAll(() => bed?.close());

  const ballots = (cycleId = assen.cycleId) => `/budgeting/cycles/${cycleId}/ballots`;
  const paper = (cycleId = assen.cycleId) => `/budgeting/cycles/${cycleId}/paper-ballots`;
  const mine = (cycleId = assen.cycleId) => `/budgeting/cycles/${cycleId}/my-ballot`;

  it('casts online, changes on paper at a booth, keeps both versions, and never names the voter', async () => {
    const voter = await bed.voter({ level: 'verified', district: 'Noord', ageBand: '16-17' });
    const { taalhuis, speeltuin } = assen.projects;
    const online = await bed
      .as(voter.token)
      .post(ballots())
      .send({ kind: 'approval', projects: [speeltuin, taalhuis] })
      .expect(201);
    expect(online.body).toMatchObject({
      cycleId: assen.cycleId,
      receipt: expect.stringMatching(HASH),
      version: 1,
      ballot: { kind: 'approval', projects: [speeltuin, taalhuis], district: 'Noord', channel: 'online' },
    });
    expect((await bed.as(voter.token).get(mine()).expect(200)).body).toEqual(online.body);

    const booth = await bed
      .as(bed.officer.token)
      .post(paper())
      .send({ participantId: voter.participantId, kind: 'approval', projects: [taalhuis] })
      .expect(201);
    expect(booth.body).toMatchObject({
      version: 2,
      ballot: { projects: [taalhuis], channel: 'paper', recordedBy: bed.officer.participantId },
    });
    expect(booth.body.receipt).not.toBe(online.body.receipt);
    expect((await bed.as(voter.token).get(mine()).expect(200)).body).toEqual(booth.body);

    const stored = (await bed.ballotEvents(assen.cycleId)).filter(
      (event) => event.hash === online.body.receipt || event.hash === booth.body.receipt,
    );
    expect(stored.map((event) => [event.stream_position, event.hash])).toEqual([
      [1, online.body.receipt],
      [2, booth.body.receipt],
    ]);
    expect(stored[0]!.stream_name).toBe(stored[1]!.stream_name);
    expect(JSON.stringify(stored)).not.toContain(voter.participantId);
    expect(stored[0]!.metadata).toMatchObject({ role: 'voter' });
    expect(stored[1]!.metadata).toMatchObject({ actor: bed.officer.participantId });
  });

  it('counts a retried request once and answers it with the first receipt', async () => {
    const voter = await bed.voter();
    const key = randomUUID();
    const body = { kind: 'approval', projects: [assen.projects.taalhuis] };
    const first = await bed
      .as(voter.token)
      .post(ballots())
      .set('idempotency-key', key)
      .send(body)
      .expect(201);
    const retry = await bed
      .as(voter.token)
      .post(ballots())
      .set('idempotency-key', key)
      .send(body)
      .expect(201);
    expect(retry.body).toEqual(first.body);

    const stored = (await bed.ballotEvents(assen.cycleId)).filter(
      (event) => event.hash === first.body.receipt,
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]!.metadata).toMatchObject({ commandId: key });
    const versions = (await bed.ballotEvents(assen.cycleId)).filter(
      (event) => event.stream_name === stored[0]!.stream_name,
    );
    expect(versions).toHaveLength(1);

    const other = await bed
      .as(voter.token)
      .post(ballots())
      .set('idempotency-key', key)
      .send({ kind: 'approval', projects: [assen.projects.speeltuin] })
      .expect(422);
    expect(other.body.code).toBe('request.idempotency-key-reused');
    const malformed = await bed
      .as(voter.token)
      .post(ballots())
      .set('idempotency-key', 'once')
      .send(body)
      .expect(400);
    expect(rulesOf(malformed.body)).toEqual(['Idempotency-Key uuid']);
    // A new key is a new version.
    const changed = await bed.as(voter.token).post(ballots()).set('idempotency-key', randomUUID()).send(body);
    expect(changed.body.version).toBe(2);
  });

  it('refuses ballots that break the rules, naming each field and rule, and writes nothing', async () => {
    const voter = await bed.voter({ level: 'verified', district: 'Noord', ageBand: '45-64' });
    const [taalhuis, speeltuin, fietsenmaker, zwembad] = [
      'taalhuis',
      'speeltuin',
      'fietsenmaker',
      'zwembad',
    ].map((name) => assen.projects[name]!) as [string, string, string, string];
    const elsewhere = await bed.open(
      { ballotRules: { kind: 'approval', maxChoices: 3 } },
      { ander: { cost: '1' } },
    );
    const refusals: [unknown, string[]][] = [
      [
        { kind: 'approval', projects: [taalhuis, speeltuin, taalhuis] },
        ['projects.2 unique', 'projects max-items'],
      ],
      [{ kind: 'approval', projects: [] }, ['projects min-items']],
      [{ kind: 'approval', projects: [fietsenmaker] }, ['projects.0 district']],
      [{ kind: 'approval', projects: [elsewhere.projects.ander] }, ['projects.0 on-offer']],
      [{ kind: 'approval', projects: [zwembad] }, ['projects.0 on-offer']],
      [{ kind: 'cumulative', points: { [taalhuis]: 3 } }, ['kind ballot-kind']],
      [{ kind: 'approval', projects: [taalhuis], points: { [taalhuis]: 3 } }, ['points ballot-kind']],
      [{ kind: 'cumulative', projects: [taalhuis], points: { [taalhuis]: 3 } }, ['projects ballot-kind']],
      [{ kind: 'approval' }, ['projects isArray']],
      [{ kind: 'plurality', projects: [taalhuis] }, ['kind isIn']],
      [{ kind: 'approval', projects: [taalhuis], voter: 'me' }, ['voter whitelistValidation']],
    ];
    for (const [body, rules] of refusals) {
      const refused = await bed
        .as(voter.token)
        .post(ballots())
        .send(body as object)
        .expect(400);
      expect(rulesOf(refused.body)).toEqual(expect.arrayContaining(rules));
    }
    const unknownCycle = await bed
      .as(voter.token)
      .post(ballots(randomUUID()))
      .send({ kind: 'approval', projects: [taalhuis] })
      .expect(404);
    expect(unknownCycle.body.code).toBe('cycle.not-found');
    expect((await bed.as(voter.token).get(mine()).expect(404)).body.code).toBe('ballot.none');
  });

  it('keeps knapsack ballots within the budget and cumulative ones within the points', async () => {
    const knapsack = await bed.openVoting(
      { ballotRules: { kind: 'knapsack', minSpendShare: 0.5 }, budget: '500000' },
      { a: { cost: '300000' }, b: { cost: '250000' }, c: { cost: '100000' } },
    );
    const cumulative = await bed.openVoting(
      { ballotRules: { kind: 'cumulative', points: 5 } },
      { a: { cost: '300000' }, b: { cost: '250000' } },
    );
    const voter = await bed.voter();
    const { a, b, c } = knapsack.projects;
    const over = await bed
      .as(voter.token)
      .post(ballots(knapsack.cycleId))
      .send({ kind: 'knapsack', projects: [a, b] });
    expect(over.status).toBe(400);
    expect(rulesOf(over.body)).toEqual(['projects within-budget']);
    const under = await bed
      .as(voter.token)
      .post(ballots(knapsack.cycleId))
      .send({ kind: 'knapsack', projects: [c] });
    expect(rulesOf(under.body)).toEqual(['projects min-spend']);
    await bed
      .as(voter.token)
      .post(ballots(knapsack.cycleId))
      .send({ kind: 'knapsack', projects: [a, c] })
      .expect(201);

    const points = cumulative.projects;
    const spread = await bed
      .as(voter.token)
      .post(ballots(cumulative.cycleId))
      .send({ kind: 'cumulative', points: { [points.a!]: 4, [points.b!]: 2 } })
      .expect(400);
    expect(rulesOf(spread.body)).toEqual(['points max-points']);
    const fractional = await bed
      .as(voter.token)
      .post(ballots(cumulative.cycleId))
      .send({ kind: 'cumulative', points: { [points.a!]: 1.5 } })
      .expect(400);
    expect(rulesOf(fractional.body)).toEqual(['points points-per-project']);
    const cast = await bed
      .as(voter.token)
      .post(ballots(cumulative.cycleId))
      .send({ kind: 'cumulative', points: { [points.a!]: 3, [points.b!]: 2 } })
      .expect(201);
    expect(cast.body.ballot).toMatchObject({ projects: [points.a, points.b], points: [3, 2] });
  });

  it('takes ballots only in the voting phase', async () => {
    const early = await bed.open({ ballotRules: { kind: 'approval', maxChoices: 1 } }, { a: { cost: '10' } });
    const voter = await bed.voter();
    const body = { kind: 'approval', projects: [early.projects.a] };
    const before = await bed.as(voter.token).post(ballots(early.cycleId)).send(body).expect(422);
    expect(before.body.code).toBe('ballot.voting-closed');
    await bed.advance(early.cycleId);
    await bed.as(voter.token).post(ballots(early.cycleId)).send(body).expect(201);
    expect(await bed.advance(early.cycleId)).toBe('tally');
    const after = await bed.as(voter.token).post(ballots(early.cycleId)).send(body).expect(422);
    expect(after.body.code).toBe('ballot.voting-closed');
    const late = await bed
      .as(bed.officer.token)
      .post(paper(early.cycleId))
      .send({ participantId: voter.participantId, ...body })
      .expect(422);
    expect(late.body.code).toBe('ballot.voting-closed');
    expect((await bed.as(voter.token).get(mine(early.cycleId)).expect(200)).body.version).toBe(1);
    expect(await bed.ballotEvents(early.cycleId)).toHaveLength(1);
  });

  it('refuses voters the cycle’s rules leave out, online and on paper, naming why', async () => {
    const body = { kind: 'approval', projects: [assen.projects.taalhuis] };
    const cases = [
      [await bed.voter({ level: 'self-declared', ageBand: '30-44' }), 'verification-level'],
      [await bed.voter({ level: 'verified', ageBand: '0-15' }), 'too-young'],
      [await bed.voter({ level: 'verified' }), 'age-unknown'],
      [{ participantId: randomUUID(), token: bed.resident() }, 'verification-level'],
    ] as const;
    for (const [voter, reason] of cases) {
      const online = await bed.as(voter.token).post(ballots()).send(body).expect(403);
      expect(online.body).toMatchObject({
        code: 'ballot.not-eligible',
        detail: expect.stringContaining(reason),
        errors: expect.arrayContaining([
          expect.objectContaining({ field: expect.stringMatching(/^voter\./), rule: reason }),
        ]),
      });
      const booth = await bed
        .as(bed.officer.token)
        .post(paper())
        .send({ participantId: voter.participantId, ...body })
        .expect(403);
      expect(booth.body.code).toBe('ballot.not-eligible');
    }
    const district = await bed.openVoting(
      {
        ballotRules: { kind: 'approval', maxChoices: 1 },
        districts: [{ name: 'Noord', budget: '10' }],
        eligibility: { verificationLevel: 'verified', districts: ['Noord'] },
      },
      { a: { cost: '10' } },
    );
    const outsider = await bed.voter({ level: 'verified', district: 'Zuid', ageBand: '30-44' });
    const refused = await bed
      .as(outsider.token)
      .post(ballots(district.cycleId))
      .send({ kind: 'approval', projects: [district.projects.a] })
      .expect(403);
    expect(refused.body.detail).toContain('district');
    expect(await bed.ballotEvents(district.cycleId)).toEqual([]);
  });

  it('lets only officers record paper ballots, and refuses a malformed participant id', async () => {
    const voter = await bed.voter();
    const body = {
      participantId: voter.participantId,
      kind: 'approval',
      projects: [assen.projects.taalhuis],
    };
    await bed.as(voter.token).post(paper()).send(body).expect(403);
    const malformed = await bed
      .as(bed.officer.token)
      .post(paper())
      .send({ ...body, participantId: 'card 0042' })
      .expect(400);
    expect(rulesOf(malformed.body)).toEqual(['participantId isUuid']);
    for (const odd of ['[null]', '"hello"', '[{"kind":"approval"}]', '{"kind":"approval","projects":[7]}'])
      for (const route of [paper(), ballots()]) {
        const answer = await bed
          .as(route === paper() ? bed.officer.token : voter.token)
          .post(route)
          .set('content-type', 'application/json')
          .send(odd);
        expect(`${route} ${odd} ${answer.status}`).toBe(`${route} ${odd} 400`);
      }
  });

  it('shows one’s own ballot until the ballot box is sealed', async () => {
    const voter = await bed.voter();
    await bed.as(voter.token).get(mine(randomUUID())).expect(404);
    const sealed = await bed.openVoting(
      { ballotRules: { kind: 'approval', maxChoices: 1 } },
      { a: { cost: '10' } },
    );
    await bed.as(voter.token).get(mine(sealed.cycleId)).expect(404);
    await bed
      .as(voter.token)
      .post(ballots(sealed.cycleId))
      .send({ kind: 'approval', projects: [sealed.projects.a] })
      .expect(201);
    await bed.as(voter.token).get(mine(sealed.cycleId)).expect(200);
    await bed.db.transaction((session) => bed.app.get(BallotBox).destroySecret(session, sealed.cycleId));
    const gone = await bed.as(voter.token).get(mine(sealed.cycleId)).expect(422);
    expect(gone.body.code).toBe('ballot.box-sealed');
  });

  it('documents the ballot routes, the Idempotency-Key and the receipt in the OpenAPI document', async () => {
    const { body } = await bed.as(bed.officer.token).get('/api/docs-json').expect(200);
    const receipt = { $ref: '#/components/schemas/BallotReceiptResponse' };
    for (const route of ['ballots', 'paper-ballots']) {
      const operation = body.paths[`/budgeting/cycles/{cycleId}/${route}`].post;
      expect(operation.parameters).toEqual(
        expect.arrayContaining([expect.objectContaining({ name: 'Idempotency-Key', in: 'header' })]),
      );
      expect(operation.responses[201].content['application/json'].schema).toEqual(receipt);
    }
    expect(body.paths['/budgeting/cycles/{cycleId}/my-ballot'].get.responses[200]).toBeDefined();
    expect(body.components.schemas.PaperBallotRequest.required).toEqual(
      expect.arrayContaining(['kind', 'participantId']),
    );
  });
});
