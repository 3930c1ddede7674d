import { fold, Invalid, NotAllowed, RuleViolated } from '@commonplan/kernel';
import { evolveCycle, initialCycle, type Cycle } from '../../cycles/cycle';
import type { CycleEvent } from '../../cycles/cycle.events';
import { choicesOf, evolveBallot, initialBallot } from '../ballot';
import { castBallot, castsSame, mustTakeBallots, type CastBallot } from './cast-ballot';

const CYCLE = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';
const OFFICER = '3f2e1d0c-b9a8-4765-8432-10fedcba9876';

const cycleEvents = (phases: ('feasibility' | 'voting' | 'tally')[]): CycleEvent[] => [
  {
    type: 'CycleOpened',
    data: {
      title: { original: 'nl', texts: { nl: 'Assen begroot' } },
      budget: { amount: '1000000', currency: 'EUR' },
      districts: [{ name: 'Noord', budget: '300000' }],
      withSupports: false,
      schedule: [],
      ballotRules: { kind: 'approval', maxChoices: 2, minChoices: 1 },
      eligibility: { verificationLevel: 'verified', minimumAge: 16 },
      openedBy: OFFICER,
    },
  },
  ...phases.map((to, index): CycleEvent => ({
    type: 'PhaseAdvanced',
    data: { from: index === 0 ? 'proposals' : phases[index - 1]!, to, advancedBy: OFFICER },
  })),
];
const cycleAt = (...phases: ('feasibility' | 'voting' | 'tally')[]): Cycle =>
  fold(evolveCycle, initialCycle(), cycleEvents(phases));

const projects = new Map([
  ['speeltuin', { cost: 200_000n, district: 'Noord' }],
  ['taalhuis', { cost: 400_000n }],
  ['fietsenmaker', { cost: 100_000n, district: 'Zuid' }],
]);

const ballot = (overrides: Partial<CastBallot> = {}): CastBallot => ({
  cycleId: CYCLE,
  choices: { kind: 'approval', projects: ['speeltuin', 'taalhuis'] },
  voter: { level: 'verified', district: 'Noord', ageBand: '16-17' },
  channel: 'online',
  ...overrides,
});

describe('casting a ballot', () => {
  const voting = cycleAt('feasibility', 'voting');

  it('records the choices, the district and the channel, and never the voter', () => {
    const [cast] = castBallot(initialBallot(), voting, projects, ballot());
    expect(cast).toEqual({
      type: 'BallotCast',
      data: {
        cycleId: CYCLE,
        kind: 'approval',
        projects: ['speeltuin', 'taalhuis'],
        points: null,
        district: 'Noord',
        channel: 'online',
        recordedBy: null,
      },
    });
    expect(JSON.stringify(cast)).not.toMatch(/voter|participant/);
  });

  it('keeps every version, the last one counting, whether cast online or on paper', () => {
    const first = castBallot(initialBallot(), voting, projects, ballot());
    const paper = castBallot(
      fold(evolveBallot, initialBallot(), first),
      voting,
      projects,
      ballot({
        channel: 'paper',
        recordedBy: OFFICER,
        choices: { kind: 'approval', projects: ['taalhuis'] },
      }),
    );
    const state = fold(evolveBallot, initialBallot(), [...first, ...paper]);
    expect(state.versions).toBe(2);
    expect(choicesOf(state.current!)).toEqual({ kind: 'approval', projects: ['taalhuis'] });
    expect(state.current).toMatchObject({ channel: 'paper', recordedBy: OFFICER });
  });

  it('is refused outside the voting phase, to ineligible voters, and against the rules', () => {
    expect(() => castBallot(initialBallot(), cycleAt('feasibility'), projects, ballot())).toThrow(
      RuleViolated,
    );
    expect(() =>
      castBallot(initialBallot(), cycleAt('feasibility', 'voting', 'tally'), projects, ballot()),
    ).toThrow(/not taking ballots/);
    expect(() =>
      castBallot(
        initialBallot(),
        voting,
        projects,
        ballot({ voter: { level: 'self-declared', ageBand: '30-44' } }),
      ),
    ).toThrow(NotAllowed);
    expect(() =>
      castBallot(
        initialBallot(),
        voting,
        projects,
        ballot({ voter: { level: 'verified', ageBand: '0-15' } }),
      ),
    ).toThrow(/too-young/);
    let refused: unknown;
    try {
      castBallot(
        initialBallot(),
        voting,
        projects,
        ballot({ choices: { kind: 'approval', projects: ['fietsenmaker', 'speeltuin', 'taalhuis'] } }),
      );
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(Invalid);
    expect((refused as Invalid).issues.map((issue) => issue.rule)).toEqual(['district', 'max-items']);
  });

  it('tells a retry of the same ballot from another ballot sent under the same command id', () => {
    const [cast] = castBallot(initialBallot(), voting, projects, ballot());
    expect(castsSame(cast!.data, ballot())).toBe(true);
    // The district comes from the voter roll, which may have changed since: a retry is still the same.
    expect(castsSame(cast!.data, ballot({ voter: { level: 'verified', ageBand: '30-44' } }))).toBe(true);
    expect(
      castsSame(cast!.data, ballot({ choices: { kind: 'approval', projects: ['taalhuis', 'speeltuin'] } })),
    ).toBe(false);
    expect(castsSame(cast!.data, ballot({ channel: 'paper', recordedBy: OFFICER }))).toBe(false);
    const points = ballot({ choices: { kind: 'cumulative', points: { taalhuis: 2, speeltuin: 1 } } });
    const cumulative = {
      ...cast!.data,
      kind: 'cumulative' as const,
      projects: ['taalhuis', 'speeltuin'],
      points: [2, 1],
    };
    expect(castsSame(cumulative, points)).toBe(true);
    expect(castsSame({ ...cumulative, points: [1, 2] }, points)).toBe(false);
  });

  it('says whether a cycle takes ballots before looking at the voter', () => {
    expect(() => mustTakeBallots(voting)).not.toThrow();
    expect(() => mustTakeBallots(initialCycle())).toThrow(/no such cycle/);
    expect(() => mustTakeBallots(cycleAt('feasibility'))).toThrow(RuleViolated);
  });
});
