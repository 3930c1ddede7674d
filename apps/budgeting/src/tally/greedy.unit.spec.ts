import { Invalid } from '@commonplan/kernel';
import { electionIssues, formatMoney, totalCost, type Ballot, type Election } from './election';
import { greedy, greedyWithThreshold } from './greedy';
import { scoresOf } from './scores';
import { tallyElection } from './tally';

const approvals = (...ballots: string[][]): Ballot[] =>
  ballots.map((projects) => ({ kind: 'approval', projects }));

const election = (
  budget: bigint,
  costs: Record<string, bigint>,
  ballots: Ballot[],
  decimals = 0,
): Election => ({
  decimals,
  budget,
  projects: Object.entries(costs).map(([id, cost]) => ({ id, cost })),
  ballots,
});

describe('scores counted from the ballots', () => {
  it('counts an approval as one point', () => {
    const counted = scoresOf(election(10n, { a: 1n, b: 1n, c: 1n }, approvals(['a', 'b'], ['a'], [])));
    expect(Object.fromEntries(counted)).toEqual({ a: 2, b: 1, c: 0 });
  });

  it('gives a ranking of k projects k points for the favourite down to 1, k being that ballot’s length', () => {
    const ranked: Ballot[] = [
      { kind: 'ranked', projects: ['a', 'b', 'c'] },
      { kind: 'ranked', projects: ['c', 'a'] },
      { kind: 'ranked', projects: ['b'] },
    ];
    expect(Object.fromEntries(scoresOf(election(10n, { a: 1n, b: 1n, c: 1n }, ranked)))).toEqual({
      a: 3 + 1,
      b: 2 + 1,
      c: 1 + 2,
    });
  });

  it('adds up cumulative points as cast', () => {
    const cumulative: Ballot[] = [
      { kind: 'cumulative', points: { a: 7, b: 3 } },
      { kind: 'cumulative', points: { b: 10 } },
    ];
    expect(Object.fromEntries(scoresOf(election(10n, { a: 1n, b: 1n }, cumulative)))).toEqual({
      a: 7,
      b: 13,
    });
  });
});

describe('greedy', () => {
  it('skips a project that no longer fits and goes on to cheaper ones further down', () => {
    const city = election(
      100n,
      { library: 60n, bridge: 50n, benches: 40n, lights: 1n },
      approvals(
        ['library', 'bridge', 'benches', 'lights'],
        ['library', 'bridge', 'benches'],
        ['library', 'bridge'],
        ['library'],
      ),
    );
    const result = greedy(city);
    expect(result.selected).toEqual(['library', 'benches']);
    expect(result.totalCost).toBe(100n);
    expect(result.rule).toBe('greedy');
  });

  it('funds a project that uses the last unit of the budget, and not one unit more', () => {
    expect(greedy(election(100n, { a: 100n }, approvals(['a']))).selected).toEqual(['a']);
    expect(greedy(election(99n, { a: 100n }, approvals(['a']))).selected).toEqual([]);
  });

  it('breaks equal scores by lower cost, then by id in code-unit order, and says so', () => {
    const tied = election(
      100n,
      { b: 60n, a: 60n, c: 50n, '10': 45n, '9': 45n },
      approvals(['a', 'b', 'c', '10', '9']),
    );
    const result = greedy(tied);
    expect(result.selected).toEqual(['10', '9']);
    expect(greedy({ ...tied, budget: 140n }).selected).toEqual(['10', '9', 'c']);
    expect(greedy(election(60n, { b: 60n, a: 60n }, approvals(['b', 'a']))).selected).toEqual(['a']);
    expect(result.tieBreak).toMatch(/lower cost first.*project id/);
  });

  it('funds a project nobody voted for when it still fits, as the rule reads', () => {
    expect(greedy(election(100n, { wanted: 70n, unwanted: 30n }, approvals(['wanted']))).selected).toEqual([
      'wanted',
      'unwanted',
    ]);
  });

  it('counts ranked and cumulative ballots by their points', () => {
    const ranked = election(5n, { a: 3n, b: 3n, c: 2n }, [
      { kind: 'ranked', projects: ['b', 'a', 'c'] },
      { kind: 'ranked', projects: ['a', 'c'] },
    ]);
    expect(greedy(ranked).selected).toEqual(['a', 'c']);
    const cumulative = election(5n, { a: 3n, b: 3n, c: 2n }, [
      { kind: 'cumulative', points: { b: 6, c: 4 } },
    ]);
    expect(greedy(cumulative).selected).toEqual(['b', 'c']);
  });
});

describe('greedy with a threshold', () => {
  const city = election(1000n, { popular: 100n, borderline: 100n, fringe: 100n }, [
    ...approvals(['popular', 'borderline', 'fringe'], ['popular', 'borderline'], ['popular']),
  ]);

  it('considers only projects whose score reaches the threshold', () => {
    const result = greedyWithThreshold(city, 2);
    expect(result.selected).toEqual(['popular', 'borderline']);
    expect(result.threshold).toBe(2);
    expect(result.rule).toBe('greedy-threshold');
  });

  it('is plain greedy with a threshold of 0', () => {
    expect(tallyElection(city, { rule: 'greedy-threshold', threshold: 0 }).selected).toEqual(
      greedy(city).selected,
    );
    expect(greedyWithThreshold(city, 4).selected).toEqual([]);
  });
});

describe('an election that cannot be tallied', () => {
  it('names every ballot that votes for an unknown project or twice for one', () => {
    const broken = election(10n, { a: 1n, a2: -1n }, approvals(['a', 'ghost'], ['a', 'a']));
    expect(electionIssues(broken).map((issue) => issue.rule)).toEqual(['min', 'on-offer', 'unique']);
    expect(() => greedy(broken)).toThrow(Invalid);
    expect(() => greedy(broken)).toThrow(/unknown project ghost|negative cost/);
  });

  it('refuses negative points and projects listed twice', () => {
    const broken: Election = {
      decimals: 0,
      budget: 10n,
      projects: [
        { id: 'a', cost: 1n },
        { id: 'a', cost: 2n },
      ],
      ballots: [{ kind: 'cumulative', points: { a: -1 } }],
    };
    expect(electionIssues(broken).map((issue) => issue.rule)).toEqual(['unique', 'points']);
  });
});

describe('money', () => {
  it('is written as the city writes it, from exact minor units', () => {
    expect(formatMoney(4468294n, 1)).toBe('446829.4');
    expect(formatMoney(4468290n, 1)).toBe('446829');
    expect(formatMoney(5n, 2)).toBe('0.05');
    expect(formatMoney(-150n, 2)).toBe('-1.5');
    expect(formatMoney(0n, 0)).toBe('0');
  });

  it('adds costs exactly where floating point would not', () => {
    const city = election(100n, { a: 1n, b: 2n }, [], 1);
    expect(formatMoney(totalCost(city, ['a', 'b']), city.decimals)).toBe('0.3');
  });
});
