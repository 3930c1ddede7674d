import { EventCatalog } from '@commonplan/event-store';
import { Conflict, fold, RuleViolated, type Invalid } from '@commonplan/kernel';
import { tallyElection } from '../tally';
import { evolveCycle, initialCycle, type Cycle } from './cycle';
import { changeBallotRules, openCycle } from './cycle.decisions';
import { electionsOf, type CountedBallot, type ProjectOnTally } from './cycle-elections';
import { computeTally, overrideOutcome, publishResults, type TallyInputs } from './cycle-tally.decisions';
import { cycleEvents, type CycleEvent, type CycleOpened } from './cycle.events';

const OFFICER = '3f2e1d0c-b9a8-4765-8432-10fedcba9876';
const HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const assen: CycleOpened = {
  title: { original: 'nl', texts: { nl: 'Assen begroot' } },
  budget: { amount: '1000', currency: 'EUR' },
  districts: [{ name: 'Noord', budget: '300' }],
  withSupports: false,
  schedule: [],
  ballotRules: { kind: 'approval', maxChoices: 5, minChoices: 0 },
  eligibility: { verificationLevel: 'verified' },
  tallyRule: { rule: 'mes' },
  openedBy: OFFICER,
};

const advanced = (...phases: ('feasibility' | 'voting' | 'tally')[]): CycleEvent[] =>
  phases.map((to, at) => ({
    type: 'PhaseAdvanced',
    data: { from: at === 0 ? 'proposals' : phases[at - 1]!, to, advancedBy: OFFICER },
  }));
const cycleOf = (opening: CycleOpened, ...events: CycleEvent[]): Cycle =>
  fold(evolveCycle, initialCycle(), [...openCycle(initialCycle(), opening), ...events]);
const inTally = (opening: CycleOpened = assen): Cycle =>
  cycleOf(opening, ...advanced('feasibility', 'voting', 'tally'));

const projects: ProjectOnTally[] = [
  { projectId: 'taalhuis', cost: 400n, district: null },
  { projectId: 'fietsenmaker', cost: 300n, district: null },
  { projectId: 'buurttuin', cost: 250n, district: null },
  { projectId: 'speeltuin', cost: 200n, district: 'Noord' },
  { projectId: 'bankjes', cost: 150n, district: 'Noord' },
];
const approving = (district: string | null, ...chosen: string[]): CountedBallot => ({
  receipt: `${chosen.join('-')}-${district}`,
  district,
  kind: 'approval',
  projects: chosen,
  points: null,
});
const ballots = [
  approving('Noord', 'taalhuis', 'speeltuin'),
  approving('Noord', 'taalhuis', 'bankjes'),
  approving(null, 'fietsenmaker', 'buurttuin'),
  approving(null, 'taalhuis'),
  approving('Noord', 'speeltuin'),
];
const inputs: TallyInputs = {
  projects,
  ballots,
  receiptsDigest: HASH,
  position: '00000000000000000042:00000000000000000042',
  checkpoint: {
    position: '00000000000000000042:00000000000000000042',
    treeSize: 42,
    rootHash: HASH,
    signedAt: '2027-10-01T12:00:00.000Z',
    keyId: 'notary-1',
    signature: 'c2lnbmVk',
  },
  computedBy: OFFICER,
};
const tallied = (cycle: Cycle = inTally()): Cycle => fold(evolveCycle, cycle, computeTally(cycle, inputs));
const reason = {
  original: 'nl',
  texts: { nl: 'De gemeenteraad heeft de locatie verkocht', en: 'The site was sold' },
};

const refusal = (decide: () => unknown): { code: string; issues: unknown } => {
  try {
    decide();
  } catch (error) {
    return { code: (error as Invalid).code, issues: (error as Invalid).issues };
  }
  throw new Error('expected a refusal');
};

describe('the tally rule of a cycle', () => {
  it('pairs Equal Shares with approval ballots only, and a threshold with greedy-threshold only', () => {
    const ranked = { ...assen, ballotRules: { kind: 'ranked' as const, maxChoices: 3 } };
    expect(refusal(() => openCycle(initialCycle(), ranked))).toEqual({
      code: 'cycle.invalid-tally-rule',
      issues: [expect.objectContaining({ field: 'tallyRule.rule', rule: 'approval-ballots' })],
    });
    const noThreshold = { ...assen, tallyRule: { rule: 'greedy-threshold' as const } };
    expect(refusal(() => openCycle(initialCycle(), noThreshold)).issues).toEqual([
      expect.objectContaining({ field: 'tallyRule.threshold', rule: 'required' }),
    ]);
    const opened = openCycle(initialCycle(), { ...assen, tallyRule: undefined });
    expect((opened[0]!.data as CycleOpened).tallyRule).toEqual({ rule: 'greedy' });
  });

  it('reads cycles opened before the choice existed (v1) as greedy', () => {
    const catalog = new EventCatalog([cycleEvents]);
    const { tallyRule: _, ...v1 } = assen;
    const upcast = catalog.upcast('cycle', 'CycleOpened', 1, v1);
    expect(upcast).toEqual({ schemaVersion: 2, data: { ...v1, tallyRule: { rule: 'greedy' } } });
    expect(cycleOf(upcast.data as CycleOpened).tallyRule).toEqual({ rule: 'greedy' });
  });

  it('changes with the ballot rules until voting opens, never into a pair that does not fit', () => {
    const opened = cycleOf({ ...assen, tallyRule: { rule: 'greedy' } });
    const threshold = { rule: 'greedy-threshold' as const, threshold: 2 };
    const changed = changeBallotRules(opened, { kind: 'ranked', maxChoices: 3 }, OFFICER, threshold);
    expect(changed[1]).toEqual({
      type: 'TallyRuleChosen',
      data: { tallyRule: threshold, chosenBy: OFFICER },
    });
    expect(fold(evolveCycle, opened, changed).tallyRule).toEqual(threshold);
    const mes = cycleOf(assen);
    expect(refusal(() => changeBallotRules(mes, { kind: 'cumulative', points: 10 }, OFFICER)).issues).toEqual(
      [expect.objectContaining({ field: 'tallyRule.rule', rule: 'approval-ballots' })],
    );
    const voting = cycleOf(assen, ...advanced('feasibility', 'voting'));
    expect(() => changeBallotRules(voting, assen.ballotRules, OFFICER, { rule: 'greedy' })).toThrow(
      /locked once voting/,
    );
  });
});

describe('computing the tally', () => {
  it('is refused outside the tally phase', () => {
    const voting = cycleOf(assen, ...advanced('feasibility', 'voting'));
    expect(refusal(() => computeTally(voting, inputs)).code).toBe('tally.not-tally-phase');
  });

  it('counts each district from its voters and the city-wide rest from everyone, as tallyElection does', () => {
    const cycle = inTally();
    const [event] = computeTally(cycle, inputs);
    if (event?.type !== 'TallyComputed') throw new Error('no tally');
    const [city, noord] = event.data.parts;
    expect(city).toMatchObject({ district: null, budget: '700', ballots: 5 });
    expect(noord).toMatchObject({ district: 'Noord', budget: '300', ballots: 3 });
    for (const [at, part] of electionsOf(cycle, projects, ballots).entries()) {
      const expected = tallyElection(part.election, { rule: 'mes', completion: 'add-one' });
      expect(event.data.parts[at]!.selected).toEqual(expected.selected);
      expect(event.data.parts[at]!.totalCost).toBe(expected.totalCost.toString());
    }
    expect(noord!.projects.find((p) => p.projectId === 'speeltuin')).toMatchObject({ votes: 2, score: 2 });
    expect(noord!.equalShares?.payments.map((p) => p.projectId)).toEqual(noord!.selected);
    expect(event.data).toMatchObject({
      tallyRule: { rule: 'mes' },
      ballots: { counted: 5, receiptsDigest: HASH },
      checkpoint: inputs.checkpoint,
    });
    expect(event.data.tieBreak).toMatch(/project id/);
  });

  it('scores rankings and points greedily, keeping a ranking’s order within each part', () => {
    const greedy = inTally({
      ...assen,
      ballotRules: { kind: 'ranked', maxChoices: 3 },
      tallyRule: { rule: 'greedy' },
    });
    const ranked: CountedBallot = {
      ...approving('Noord', 'speeltuin', 'taalhuis', 'bankjes'),
      kind: 'ranked',
    };
    const [event] = computeTally(greedy, { ...inputs, ballots: [ranked] });
    if (event?.type !== 'TallyComputed') throw new Error('no tally');
    const scores = event.data.parts.flatMap((part) => part.projects.map((p) => [p.projectId, p.score]));
    expect(Object.fromEntries(scores)).toMatchObject({ taalhuis: 1, speeltuin: 2, bankjes: 1 });
  });
});

describe('overriding the tally', () => {
  it('needs a computed tally, a public reason, a project on the tally and a change of outcome', () => {
    const unfund = { projectId: 'speeltuin', decision: 'unfund' as const, reason };
    expect(refusal(() => overrideOutcome(inTally(), unfund, OFFICER)).code).toBe('override.no-tally');
    const cycle = tallied();
    expect(cycle.tally!.parts[1]!.selected).toContain('speeltuin');
    expect(
      refusal(() => overrideOutcome(cycle, { ...unfund, reason: { original: 'nl', texts: {} } }, OFFICER)),
    ).toEqual({
      code: 'override.no-reason',
      issues: [expect.objectContaining({ field: 'reason', rule: 'required' })],
    });
    expect(refusal(() => overrideOutcome(cycle, { ...unfund, projectId: 'elders' }, OFFICER)).issues).toEqual(
      [expect.objectContaining({ field: 'projectId', rule: 'on-tally' })],
    );
    expect(refusal(() => overrideOutcome(cycle, { ...unfund, decision: 'fund' }, OFFICER)).issues).toEqual([
      expect.objectContaining({ field: 'decision', rule: 'changes-outcome' }),
    ]);
    const overridden = fold(evolveCycle, cycle, overrideOutcome(cycle, unfund, OFFICER));
    expect(overridden.overrides).toEqual([
      {
        tally: 1,
        projectId: 'speeltuin',
        district: 'Noord',
        decision: 'unfund',
        reason,
        overriddenBy: OFFICER,
      },
    ]);
    expect(overridden.tally).toBe(cycle.tally);
    expect(() => overrideOutcome(overridden, unfund, OFFICER)).toThrow(Conflict);
  });

  it('keeps a funding override within the part’s budget', () => {
    const cycle = tallied();
    const left = cycle.tally!.parts[0]!.projects.find(
      (p) => !cycle.tally!.parts[0]!.selected.includes(p.projectId),
    );
    expect(left).toBeDefined();
    const fund = { projectId: left!.projectId, decision: 'fund' as const, reason };
    expect(refusal(() => overrideOutcome(cycle, fund, OFFICER)).code).toBe('override.over-budget');
  });

  it('is written against one tally: a re-run starts without overrides', () => {
    const cycle = tallied();
    const overridden = fold(
      evolveCycle,
      cycle,
      overrideOutcome(cycle, { projectId: 'speeltuin', decision: 'unfund', reason }, OFFICER),
    );
    const rerun = tallied(overridden);
    expect(rerun.tallies).toBe(2);
    expect(rerun.overrides).toEqual([]);
  });
});

describe('publishing the results', () => {
  it('publishes the last tally with its overrides, moves to results, and only once', () => {
    expect(refusal(() => publishResults(inTally(), OFFICER)).code).toBe('results.no-tally');
    const cycle = tallied();
    const overridden = fold(
      evolveCycle,
      cycle,
      overrideOutcome(cycle, { projectId: 'speeltuin', decision: 'unfund', reason }, OFFICER),
    );
    const events = publishResults(overridden, OFFICER);
    const published = fold(evolveCycle, overridden, events);
    expect(published.phase).toBe('results');
    const funded = published.published!.funded;
    expect(funded.map((p) => p.projectId)).not.toContain('speeltuin');
    expect(funded.map((p) => p.projectId).sort()).toEqual(
      cycle
        .tally!.parts.flatMap((part) => part.selected)
        .filter((id) => id !== 'speeltuin')
        .sort(),
    );
    expect(funded.every((p) => p.by === 'tally')).toBe(true);
    expect(() => publishResults(published, OFFICER)).toThrow(Conflict);
    expect(() => computeTally(published, inputs)).toThrow(RuleViolated);
    expect(
      refusal(() => overrideOutcome(published, { projectId: 'bankjes', decision: 'fund', reason }, OFFICER))
        .code,
    ).toBe('override.results-published');
  });
});
