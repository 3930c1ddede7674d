import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { EventStreams, Processors } from '@commonplan/nest';
import { ballotRulesOf, evolveCycle, initialCycle } from '../../cycles/cycle';
import { CYCLE_STREAM } from '../../cycles/cycle.events';
import { ballotIssues, type ProjectOnOffer } from '../../cycles/ballot-rules';
import { choicesOf } from '../ballot';
import type { BallotCast } from '../ballot.events';
import { BudgetingTestbed, type Voter } from '../../budgeting.fixture';

// PGlite serialises every session, so races only show on a PostgreSQL server (docs/adr/0001).
describe('casting ballots at the same moment, on PostgreSQL', () => {
  let bed: BudgetingTestbed;

  beforeAll(async () => {
    bed = await BudgetingTestbed.start('PostgreSQL');
    // Listening, so that concurrent requests share one server instead of each starting its own.
    await bed.app.listen(0, '127.0.0.1');
  });
  afterAll(() => bed?.close());

  const cast = (voter: Voter, cycleId: string, body: object, key?: string) => {
    const call = bed.as(voter.token).post(`/budgeting/cycles/${cycleId}/ballots`);
    return (key ? call.set('idempotency-key', key) : call).send(body);
  };

  it('keeps 50 simultaneous ballots of one voter as versions of one ballot, the last one current', async () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    const cycle = await bed.openVoting(
      { ballotRules: { kind: 'approval', maxChoices: 3, minChoices: 1 } },
      Object.fromEntries(names.map((name) => [name, { cost: '1000' }])),
    );
    const ids = names.map((name) => cycle.projects[name]!);
    const voter = await bed.voter();
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        cast(voter, cycle.cycleId, {
          kind: 'approval',
          projects: [ids[index % 6]!, ids[(index + 1 + (index % 5)) % 6]!],
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status !== 201 && status !== 409)).toEqual([]);
    const accepted = answers.filter((answer) => answer.status === 201).map((answer) => answer.body);
    expect(accepted.length).toBeGreaterThanOrEqual(45);

    const stored = await bed.ballotEvents(cycle.cycleId);
    expect(new Set(stored.map((event) => event.stream_name)).size).toBe(1);
    expect(stored.map((event) => event.stream_position)).toEqual(accepted.map((_, index) => index + 1));
    expect(accepted.map((body) => body.version).sort((x, y) => x - y)).toEqual(
      stored.map((event) => event.stream_position),
    );
    expect(new Set(accepted.map((body) => body.receipt))).toEqual(new Set(stored.map((event) => event.hash)));

    const current = await bed.as(voter.token).get(`/budgeting/cycles/${cycle.cycleId}/my-ballot`).expect(200);
    expect(current.body).toEqual(accepted.find((body) => body.version === accepted.length));
    expect(current.body.receipt).toBe(stored.at(-1)!.hash);

    // The versions reach the read model in batches; whichever way they were cut, the last one counts.
    await bed.app.get(Processors).projections.caughtUp();
    const { rows: counted } = await bed.db.query<{ version: number; receipt: string }>(
      'SELECT version, receipt FROM budgeting_counted_ballots WHERE cycle_id = $1',
      [cycle.cycleId],
    );
    expect(counted).toEqual([{ version: accepted.length, receipt: stored.at(-1)!.hash }]);
  });

  it('never stores a ballot that breaks a rule when 200 voters cast at once', async () => {
    const approval = await bed.openVoting(
      {
        ballotRules: { kind: 'approval', maxChoices: 2, minChoices: 1 },
        districts: [
          { name: 'Noord', budget: '500000' },
          { name: 'Zuid', budget: '500000' },
        ],
      },
      {
        citywide: { cost: '100000' },
        library: { cost: '200000' },
        noord: { cost: '150000', district: 'Noord' },
        zuid: { cost: '150000', district: 'Zuid' },
      },
    );
    const knapsack = await bed.openVoting(
      { ballotRules: { kind: 'knapsack', minSpendShare: 0 }, budget: '500000' },
      { big: { cost: '300000' }, mid: { cost: '250000' }, small: { cost: '100000' } },
    );
    const a = approval.projects;
    const k = knapsack.projects;
    const plans = await Promise.all(
      Array.from({ length: 200 }, async (_, index) => {
        const unverified = index % 25 === 0;
        const voter = await bed.voter({
          level: unverified ? 'self-declared' : 'verified',
          district: 'Noord',
          ageBand: '30-44',
        });
        const [cycleId, projects, valid] =
          index % 2 === 0
            ? [
                approval.cycleId,
                [
                  [a.citywide, a.library, a.noord], // too many approvals
                  [a.zuid], // another district's project
                  [a.noord, a.citywide],
                  [a.library],
                ][(index % 8) >> 1]!,
                index % 8 >= 4,
              ]
            : [
                knapsack.cycleId,
                [
                  [k.big, k.mid],
                  [k.big, k.small],
                  [k.mid, k.small],
                ][index % 3]!, // the first is over budget
                index % 3 !== 0,
              ];
        return {
          voter,
          cycleId,
          body: { kind: index % 2 === 0 ? 'approval' : 'knapsack', projects },
          valid: valid && !unverified,
        };
      }),
    );
    const answers = await Promise.all(plans.map((plan) => cast(plan.voter, plan.cycleId, plan.body)));
    const unexpected = answers
      .map((answer, index) => [answer.status, plans[index]!.valid] as const)
      .filter(([status, valid]) => (valid ? status !== 201 : ![400, 403].includes(status)));
    expect(unexpected).toEqual([]);

    const expected = plans.filter((plan) => plan.valid);
    expect(expected.length).toBeGreaterThan(80);
    const offered = (cycleId: string): Map<string, ProjectOnOffer> =>
      cycleId === approval.cycleId
        ? new Map([
            [a.citywide!, { cost: 100000n }],
            [a.library!, { cost: 200000n }],
            [a.noord!, { cost: 150000n, district: 'Noord' }],
            [a.zuid!, { cost: 150000n, district: 'Zuid' }],
          ])
        : new Map([
            [k.big!, { cost: 300000n }],
            [k.mid!, { cost: 250000n }],
            [k.small!, { cost: 100000n }],
          ]);
    for (const [cycleId, rules, budget] of [
      [approval.cycleId, ballotRulesOf({ kind: 'approval', maxChoices: 2, minChoices: 1 }), 500000n],
      [knapsack.cycleId, ballotRulesOf({ kind: 'knapsack', minSpendShare: 0 }), 500000n],
    ] as const) {
      const stored = await bed.ballotEvents(cycleId);
      expect(stored).toHaveLength(expected.filter((plan) => plan.cycleId === cycleId).length);
      expect(new Set(stored.map((event) => event.stream_name)).size).toBe(stored.length);
      for (const event of stored) {
        const ballot = event.data as BallotCast;
        const context = {
          projects: offered(cycleId),
          budget,
          ...(ballot.district ? { district: ballot.district } : {}),
        };
        expect(ballotIssues(rules, choicesOf(ballot), context)).toEqual([]);
      }
    }
  });

  it('counts 20 concurrent retries of one request once, answering each with the same receipt', async () => {
    const cycle = await bed.openVoting(
      { ballotRules: { kind: 'ranked', maxChoices: 2 } },
      { a: { cost: '1' }, b: { cost: '2' } },
    );
    const voter = await bed.voter();
    const key = randomUUID();
    const body = { kind: 'ranked', projects: [cycle.projects.b, cycle.projects.a] };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => cast(voter, cycle.cycleId, body, key)),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(201));
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
    const stored = await bed.ballotEvents(cycle.cycleId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ hash: answers[0]!.body.receipt, metadata: { commandId: key } });
  });

  it('answers every ballot racing the close of voting with 201 or 422, and keeps exactly the accepted ones', async () => {
    const cycle = await bed.openVoting(
      { ballotRules: { kind: 'approval', maxChoices: 1 } },
      { a: { cost: '1' } },
    );
    const voters = await Promise.all(Array.from({ length: 40 }, () => bed.voter()));
    const body = { kind: 'approval', projects: [cycle.projects.a] };
    const racing = voters.map((voter) => cast(voter, cycle.cycleId, body).then((answer) => answer));
    const closed = await bed.advance(cycle.cycleId);
    expect(closed).toBe('tally');
    const after = await cast(voters[0]!, cycle.cycleId, body);
    const answers = await Promise.all(racing);
    expect(after.status).toBe(422);
    expect(
      answers.map((answer) => answer.status).filter((status) => status !== 201 && status !== 422),
    ).toEqual([]);
    const stored = await bed.ballotEvents(cycle.cycleId);
    expect(stored).toHaveLength(answers.filter((answer) => answer.status === 201).length);
  });

  it('refuses a ballot decided while the officer was closing voting, once the close commits', async () => {
    const cycle = await bed.openVoting(
      { ballotRules: { kind: 'approval', maxChoices: 1 } },
      { a: { cost: '1' } },
    );
    const voter = await bed.voter();
    const streams = bed.app.get(EventStreams);
    let answered = false;
    let pending: Promise<{ status: number; body: { code?: string } }> | undefined;
    await bed.db.transaction(async (session) => {
      // The close, half done: it holds the cycle's stream and has not written yet.
      await session.query('SELECT 1 FROM streams WHERE stream_name = $1 FOR UPDATE', [
        `cycle-${cycle.cycleId}`,
      ]);
      pending = cast(voter, cycle.cycleId, { kind: 'approval', projects: [cycle.projects.a] }).then(
        (response) => {
          answered = true;
          return response;
        },
      );
      await sleep(300);
      expect(answered).toBe(false);
      const cycles = { initial: initialCycle, evolve: evolveCycle };
      const { version } = await streams.load(CYCLE_STREAM, cycle.cycleId, cycles, session);
      await streams.append(
        session,
        CYCLE_STREAM,
        cycle.cycleId,
        [
          {
            type: 'PhaseAdvanced',
            data: { from: 'voting', to: 'tally', advancedBy: bed.officer.participantId },
          },
        ],
        version,
        { participantId: bed.officer.participantId, role: 'officer' },
      );
    });
    const answer = await pending!;
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('ballot.voting-closed');
    expect(await bed.ballotEvents(cycle.cycleId)).toEqual([]);
  });
});
