import { fold, Invalid, RuleViolated } from '@commonplan/kernel';
import { evolveCycle, initialCycle, reached, type Cycle } from './cycle';
import { advancePhase, changeBallotRules, nextPhase, openCycle } from './cycle.decisions';
import { computeTally, publishResults, type TallyInputs } from './cycle-tally.decisions';
import type { CycleEvent, CycleOpened } from './cycle.events';

const OFFICER = '3f2e1d0c-b9a8-4765-8432-10fedcba9876';

const paris: CycleOpened = {
  title: { original: 'fr', texts: { fr: 'Paris, ville refuge', en: 'Paris, city of refuge' } },
  budget: { amount: '500000000', currency: 'EUR' },
  districts: [
    { name: '18e', budget: '100000000' },
    { name: '19e', budget: '100000000' },
  ],
  withSupports: false,
  schedule: [{ phase: 'voting', startsOn: '2027-09-01', endsOn: '2027-09-30' }],
  ballotRules: { kind: 'approval', maxChoices: 5, minChoices: 1 },
  eligibility: { verificationLevel: 'verified', minimumAge: 16 },
  openedBy: OFFICER,
};

const nothingCounted: TallyInputs = {
  projects: [],
  ballots: [],
  receiptsDigest: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  position: '1',
  checkpoint: {
    position: '1',
    treeSize: 1,
    rootHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    signedAt: '2027-10-01T12:00:00.000Z',
    keyId: 'notary',
    signature: 'c2lnbmVk',
  },
  computedBy: OFFICER,
};

const given = (...events: CycleEvent[]): Cycle => fold(evolveCycle, initialCycle(), events);

describe('a participatory budget cycle', () => {
  it('opens with its budget split into districts, never more than the whole', () => {
    const opened = given(...openCycle(initialCycle(), paris));
    expect(opened).toMatchObject({ phase: 'proposals', budget: 500_000_000n, currency: 'EUR' });
    expect(opened.districts.get('19e')).toBe(100_000_000n);
    const overspent = { ...paris, districts: [{ name: '18e', budget: '600000000' }] };
    expect(() => openCycle(initialCycle(), overspent)).toThrow(Invalid);
    expect(() => openCycle(opened, paris)).toThrow(RuleViolated);
  });

  it('moves through its phases in order, skipping supports when it has none, leaving the tally by publishing', () => {
    let cycle = given(...openCycle(initialCycle(), paris));
    const visited: string[] = [];
    while (nextPhase(cycle)) {
      if (cycle.phase === 'tally') {
        expect(() => advancePhase(cycle, OFFICER)).toThrow(/publish the results/);
        cycle = fold(evolveCycle, cycle, computeTally(cycle, nothingCounted));
      }
      const advanced =
        cycle.phase === 'tally' ? publishResults(cycle, OFFICER) : advancePhase(cycle, OFFICER);
      cycle = fold(evolveCycle, cycle, advanced);
      visited.push(cycle.phase!);
    }
    expect(visited).toEqual(['feasibility', 'voting', 'tally', 'results', 'implementation']);
    expect(() => advancePhase(cycle, OFFICER)).toThrow(/last phase/);
    const withSupports = given(...openCycle(initialCycle(), { ...paris, withSupports: true }));
    expect(nextPhase(withSupports)).toBe('supports');
  });

  it('locks its ballot rules once voting opens', () => {
    const opened = given(...openCycle(initialCycle(), paris));
    const ranked = { kind: 'ranked', maxChoices: 3 } as const;
    expect(changeBallotRules(opened, ranked, OFFICER)).toEqual([
      { type: 'BallotRulesChanged', data: { ballotRules: ranked, changedBy: OFFICER } },
    ]);
    const voting = given(
      ...openCycle(initialCycle(), paris),
      { type: 'PhaseAdvanced', data: { from: 'proposals', to: 'feasibility', advancedBy: OFFICER } },
      { type: 'PhaseAdvanced', data: { from: 'feasibility', to: 'voting', advancedBy: OFFICER } },
    );
    expect(reached(voting, 'voting')).toBe(true);
    expect(() => changeBallotRules(voting, ranked, OFFICER)).toThrow(/locked once voting has opened/);
    expect(() =>
      changeBallotRules(opened, { kind: 'approval', maxChoices: 1, minChoices: 2 }, OFFICER),
    ).toThrow(Invalid);
  });
});
