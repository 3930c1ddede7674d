import { RuleViolated } from '@commonplan/kernel';
import { approvalProfileOf } from './approval-profile';
import type { Election } from './election';
import { equalShares } from './equal-shares';
import { exactEqualShares } from './exact-shares';
import { fastEqualShares } from './fast-shares';
import { fraction } from './fraction';

const election = (budget: bigint, costs: Record<string, bigint>, ballots: string[][]): Election => ({
  decimals: 0,
  budget,
  projects: Object.entries(costs).map(([id, cost]) => ({ id, cost })),
  ballots: ballots.map((projects) => ({ kind: 'approval', projects })),
});

describe('the Method of Equal Shares', () => {
  it('lets the poorer supporters pay what they have left and the others share the rest equally', () => {
    // 5 voters with 10 each. Round 1: the square (4 approvals, 8 each) beats the fountain (3
    // approvals). Round 2: v1 and v2 have 2 left, so they pay 2 each and v3 pays the other 8.
    const city = election(50n, { square: 32n, fountain: 12n }, [
      ['square', 'fountain'],
      ['square', 'fountain'],
      ['fountain'],
      ['square'],
      ['square'],
    ]);
    const result = equalShares(city, 'none');
    expect(result.selected).toEqual(['square', 'fountain']);
    expect(result.totalCost).toBe(44n);
    expect(result.voterBudget).toEqual(fraction(10n, 1n));
    expect(result.payments).toEqual([
      {
        project: 'square',
        cost: 32n,
        share: fraction(8n, 1n),
        fullShares: 4,
        partialShares: 0,
        paidByPartial: fraction(0n, 1n),
      },
      {
        project: 'fountain',
        cost: 12n,
        share: fraction(8n, 1n),
        fullShares: 1,
        partialShares: 2,
        paidByPartial: fraction(4n, 1n),
      },
    ]);
  });

  it('stops when no project left is affordable to its supporters, however much budget is left', () => {
    // 3 voters with 100 each: the park (50 each) wins; afterwards no supporters can pay for the rest.
    const city = election(300n, { hall: 200n, bus: 100n, park: 150n }, [
      ['hall', 'park'],
      ['hall', 'park'],
      ['bus', 'park'],
    ]);
    expect(equalShares(city, 'none').selected).toEqual(['park']);
  });

  it('completes with add-one: every purse one unit fuller, while the outcome fits the budget', () => {
    // 2 voters with 50: the plaza (30 each) leaves v1 with 20, short of the 40 the kiosk costs.
    // At 70 each v1 has exactly 40 left after the plaza: the kiosk is funded and the budget used up.
    const city = election(100n, { plaza: 60n, kiosk: 40n }, [['plaza', 'kiosk'], ['plaza']]);
    expect(equalShares(city, 'none').selected).toEqual(['plaza']);
    const completed = equalShares(city);
    expect(completed.selected).toEqual(['plaza', 'kiosk']);
    expect(completed.totalCost).toBe(100n);
    expect(completed.voterBudget).toEqual(fraction(70n, 1n));
    expect(completed.raises).toBe(20);
    expect(completed.payments[1]).toMatchObject({
      project: 'kiosk',
      share: fraction(40n, 1n),
      fullShares: 1,
    });
  });

  it('keeps the last outcome that fits when one more unit would overspend', () => {
    // At 150 each the hall and the bus join the park: 450 > 300, so add-one stays at 149.
    const city = election(300n, { hall: 200n, bus: 100n, park: 150n }, [
      ['hall', 'park'],
      ['hall', 'park'],
      ['bus', 'park'],
    ]);
    const completed = equalShares(city);
    expect(completed.selected).toEqual(['park']);
    expect(completed.voterBudget).toEqual(fraction(149n, 1n));
  });

  it('breaks a tie by lower cost before the id', () => {
    // Both cost each of 3 voters a third of their price; the cheaper goes first and leaves too
    // little for the other. By id alone "a" would have won.
    const city = election(90n, { a: 66n, b: 30n }, [
      ['a', 'b'],
      ['a', 'b'],
      ['a', 'b'],
    ]);
    const result = equalShares(city, 'none');
    expect(result.selected).toEqual(['b']);
    expect(result.tieBreak).toMatch(/lower cost, then more approvals.*project id/);
  });

  it('breaks a tie of equal cost by more approvals, counting supporters with nothing left', () => {
    // Round 1 funds the well and empties its four supporters' purses. In round 2 the bench and the
    // tree cost v1 and v2 10 each (v5 backs the tree but has nothing left): a tie, won by the tree
    // for its 3 approvals against 2. By id alone the bench would have won.
    const city = election(60n, { bench: 20n, tree: 20n, well: 40n }, [
      ['bench', 'tree'],
      ['bench', 'tree'],
      ['well'],
      ['well'],
      ['well', 'tree'],
      ['well'],
    ]);
    const result = equalShares(city, 'none');
    expect(result.selected).toEqual(['well', 'tree']);
    expect(result.payments[1]).toMatchObject({ share: fraction(10n, 1n), fullShares: 2, partialShares: 1 });
  });

  it('breaks a tie of equal cost and approvals by id in code-unit order', () => {
    const city = election(100n, { '9': 100n, '10': 100n }, [
      ['9', '10'],
      ['9', '10'],
    ]);
    expect(equalShares(city, 'none').selected).toEqual(['10']);
  });

  it('counts approval ballots only', () => {
    const ranked: Election = {
      ...election(10n, { a: 1n }, []),
      ballots: [{ kind: 'ranked', projects: ['a'] }],
    };
    expect(() => equalShares(ranked)).toThrow(RuleViolated);
  });

  it('funds nothing without voters or without affordable projects', () => {
    expect(equalShares(election(100n, { a: 10n }, [])).selected).toEqual([]);
    expect(equalShares(election(100n, { a: 0n, b: 500n }, [['a', 'b']])).selected).toEqual([]);
  });
});

/** A plain transcription of equalshares.net's Python (fractions, every voter, no shortcuts). */
const referenceEqualShares = (
  costs: bigint[],
  ballots: number[][],
  budget: bigint,
  ids: string[],
): number[] => {
  interface Q {
    n: bigint;
    d: bigint;
  }
  const q = (n: bigint, d = 1n): Q => ({ n, d });
  const less = (a: Q, b: Q): boolean => a.n * b.d < b.n * a.d;
  const sub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
  const approvers = costs.map((_, c) =>
    ballots.flatMap((ballot, voter) => (ballot.includes(c) ? [voter] : [])),
  );
  const fixed = (total: bigint): number[] => {
    const purse = ballots.map(() => q(total, BigInt(ballots.length)));
    const remaining = new Set(costs.flatMap((cost, c) => (cost > 0n && approvers[c]!.length > 0 ? [c] : [])));
    const winners: number[] = [];
    for (;;) {
      let [best, bestPayment]: [number[], Q | undefined] = [[], undefined];
      for (const c of [...remaining]) {
        const money = approvers[c]!.reduce(
          (sum, i) => q(sum.n * purse[i]!.d + purse[i]!.n * sum.d, sum.d * purse[i]!.d),
          q(0n),
        );
        if (less(money, q(costs[c]!))) {
          remaining.delete(c);
          continue;
        }
        const sorted = [...approvers[c]!].sort((a, b) =>
          less(purse[a]!, purse[b]!) ? -1 : less(purse[b]!, purse[a]!) ? 1 : 0,
        );
        let [paid, left] = [q(0n), BigInt(sorted.length)];
        for (const i of sorted) {
          const payment = q(sub(q(costs[c]!), paid).n, sub(q(costs[c]!), paid).d * left);
          if (less(purse[i]!, payment)) {
            paid = q(paid.n * purse[i]!.d + purse[i]!.n * paid.d, paid.d * purse[i]!.d);
            left--;
            continue;
          }
          const perCost = q(payment.n, payment.d * costs[c]!);
          const bestPerCost = bestPayment && q(bestPayment.n, bestPayment.d * costs[best[0]!]!);
          if (!bestPerCost || less(perCost, bestPerCost)) [best, bestPayment] = [[c], payment];
          else if (!less(bestPerCost, perCost)) best.push(c);
          break;
        }
      }
      if (best.length === 0) return winners;
      // Every tied project costs its payers the same per unit of cost as the first one found.
      const perCost = q(bestPayment!.n, bestPayment!.d * costs[best[0]!]!);
      const minCost = best.reduce((min, c) => (costs[c]! < min ? costs[c]! : min), costs[best[0]!]!);
      best = best.filter((c) => costs[c] === minCost);
      const maxVotes = Math.max(...best.map((c) => approvers[c]!.length));
      best = best
        .filter((c) => approvers[c]!.length === maxVotes)
        .sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1));
      const winner = best[0]!;
      const share = q(perCost.n * costs[winner]!, perCost.d);
      for (const i of approvers[winner]!) purse[i] = less(share, purse[i]!) ? sub(purse[i]!, share) : q(0n);
      winners.push(winner);
      remaining.delete(winner);
    }
  };
  const spent = (winners: number[]): bigint => winners.reduce((sum, c) => sum + costs[c]!, 0n);
  let winners = fixed(budget);
  const fundable = costs.filter((cost, c) => cost > 0n && approvers[c]!.length > 0).length;
  let total = (budget / BigInt(ballots.length)) * BigInt(ballots.length);
  while (
    winners.length < fundable &&
    costs.some((cost, c) => !winners.includes(c) && spent(winners) + cost <= budget)
  ) {
    total += BigInt(ballots.length);
    const next = fixed(total);
    if (spent(next) > budget) break;
    winners = next;
  }
  return winners;
};

/** mulberry32, so the generated cities are the same on every run. */
const seeded =
  (seed: number): (() => number) =>
  () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

describe('the Method of Equal Shares against a plain transcription of equalshares.net', () => {
  it('funds the same projects in the same order on 200 small cities full of ties', () => {
    const random = seeded(4);
    for (let city = 0; city < 200; city++) {
      const projects = 2 + Math.floor(random() * 6);
      const costs = Array.from({ length: projects }, () =>
        BigInt((random() < 0.4 ? 10 : 1 + Math.floor(random() * 30)) * (random() < 0.5 ? 1 : 4)),
      );
      const ballots = Array.from({ length: 1 + Math.floor(random() * 9) }, () =>
        costs.flatMap((_, c) => (random() < 0.4 ? [c] : [])),
      );
      const ids = costs.map((_, c) => `p${c * 7}`);
      const budget = BigInt(10 + Math.floor(random() * 120));
      const ours = equalShares({
        decimals: 0,
        budget,
        projects: costs.map((cost, c) => ({ id: ids[c]!, cost })),
        ballots: ballots.map((ballot) => ({ kind: 'approval', projects: ballot.map((c) => ids[c]!) })),
      });
      expect({ city, selected: ours.selected }).toEqual({
        city,
        selected: referenceEqualShares(costs, ballots, budget, ids).map((c) => ids[c]),
      });
    }
  });
});

describe('the floating-point run', () => {
  it('decides as the exact run does, or leaves the decision to it', () => {
    const random = seeded(11);
    let [decided, deferred] = [0, 0];
    for (let city = 0; city < 60; city++) {
      const projects = 3 + Math.floor(random() * 25);
      const voters = 1 + Math.floor(random() * (city % 3 === 0 ? 1500 : 40));
      const costs = Array.from({ length: projects }, () => BigInt(1 + Math.floor(random() * 5000)));
      const popularity = costs.map(() => random() * 0.5);
      const profile = approvalProfileOf({
        decimals: 0,
        budget: 0n,
        projects: costs.map((cost, c) => ({ id: `p${c}`, cost })),
        ballots: Array.from({ length: voters }, () => ({
          kind: 'approval' as const,
          projects: costs.flatMap((_, c) => (random() < popularity[c]! ? [`p${c}`] : [])),
        })),
      });
      const purses = new Float64Array(voters);
      for (let run = 0; run < 10; run++) {
        const total = BigInt(1 + Math.floor(random() * 40_000)) * (run % 2 === 0 ? BigInt(voters) : 1n);
        const fast = fastEqualShares(profile, total, purses);
        if (fast) expect(fast).toEqual(exactEqualShares(profile, total).winners);
        if (fast) decided++;
        else deferred++;
      }
    }
    expect(deferred).toBeLessThan(decided / 20);
  });
});
