import { supporterCount, type ApprovalProfile } from './approval-profile';
import { fraction, gcd, type Fraction } from './fraction';

/** How a funded project was paid for, in exact minor units. */
export interface ExactPayment {
  readonly project: number;
  /** What each supporter who could afford it paid: the same for all of them. */
  readonly share: Fraction;
  readonly fullShares: number;
  /** Supporters who had less than the share left, and paid all they had (possibly nothing). */
  readonly partialShares: number;
  readonly paidByPartial: Fraction;
}

export interface ExactOutcome {
  readonly winners: readonly number[];
  readonly payments: readonly ExactPayment[];
}

/** What a supporter pays per unit of the project's cost: the lower, the better the project's case. */
interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

interface Price {
  readonly project: number;
  /** Cost minus what the poorer supporters pay, shared equally by the `payers`. */
  readonly excess: bigint;
  readonly payers: number;
  readonly paid: bigint;
  readonly rho: Ratio;
}

const compareRatios = (a: Ratio, b: Ratio): number => {
  const [left, right] = [a.num * b.den, b.num * a.den];
  return left < right ? -1 : left > right ? 1 : 0;
};

/**
 * The Method of Equal Shares for approval ballots with cost utilities, in exact arithmetic: the
 * reference the floating-point run defers to, and the source of the published shares. Every amount
 * is an integer numerator over one common denominator, raised whenever a share does not divide.
 *
 * `total` (minor units) is split equally among the voters. Each round funds the project whose
 * supporters pay the least per unit of its cost when they share it equally, those with less left
 * paying all they have (equalshares.net's effective vote count, inverted); ties go to `tieRank`.
 */
export const exactEqualShares = (profile: ApprovalProfile, total: bigint): ExactOutcome => {
  const { voters, costs, supporterStart, supporters, tieRank } = profile;
  if (voters === 0) return { winners: [], payments: [] };
  let denominator = BigInt(voters);
  // Voters who paid for the same projects hold the same budget: one entry per such class, so the
  // big-number work grows with the classes, not the voters. Class 0 is an empty purse.
  const budgets: bigint[] = [0n, total];
  const classOf = new Int32Array(voters).fill(1);
  let counts = new Int32Array(16);

  const classesOf = (project: number): number[] => {
    if (counts.length < budgets.length) counts = new Int32Array(budgets.length * 2);
    const touched: number[] = [];
    for (let at = supporterStart[project]!; at < supporterStart[project + 1]!; at++) {
      const cls = classOf[supporters[at]!]!;
      if (counts[cls]!++ === 0) touched.push(cls);
    }
    return touched;
  };

  const price = (project: number): Price | undefined => {
    const touched = classesOf(project);
    const cost = costs[project]! * denominator;
    let available = 0n;
    for (const cls of touched) available += BigInt(counts[cls]!) * budgets[cls]!;
    let found: Price | undefined;
    if (available >= cost) {
      touched.sort((a, b) => (budgets[a]! < budgets[b]! ? -1 : budgets[a]! > budgets[b]! ? 1 : 0));
      let [paid, payers] = [0n, supporterCount(profile, project)];
      for (const cls of touched) {
        if (cost - paid <= BigInt(payers) * budgets[cls]!) break;
        paid += BigInt(counts[cls]!) * budgets[cls]!;
        payers -= counts[cls]!;
      }
      const excess = cost - paid;
      found = { project, excess, payers, paid, rho: { num: excess, den: BigInt(payers) * cost } };
    }
    for (const cls of touched) counts[cls] = 0;
    return found;
  };

  const charge = ({ project, excess, payers, paid }: Price): ExactPayment => {
    const divisor = gcd(excess, BigInt(payers));
    const share = excess / divisor;
    const scale = BigInt(payers) / divisor;
    const before = denominator;
    if (scale !== 1n) {
      denominator *= scale;
      for (let cls = 0; cls < budgets.length; cls++) budgets[cls] = budgets[cls]! * scale;
    }
    const moved = new Map<number, number>();
    for (let at = supporterStart[project]!; at < supporterStart[project + 1]!; at++) {
      const voter = supporters[at]!;
      const cls = classOf[voter]!;
      let next = moved.get(cls);
      if (next === undefined) {
        next = budgets[cls]! > share ? budgets.push(budgets[cls]! - share) - 1 : 0;
        moved.set(cls, next);
      }
      classOf[voter] = next;
    }
    return {
      project,
      share: fraction(share, denominator),
      fullShares: payers,
      partialShares: supporterCount(profile, project) - payers,
      paidByPartial: fraction(paid, before),
    };
  };

  const remaining = new Set(profile.candidates);
  // A project's price only rises as budgets shrink, so last round's price bounds this round's:
  // projects are priced cheapest-first and the search stops at one that cannot beat the best.
  const previous = new Map<number, Ratio>(
    profile.candidates.map((p) => [p, { num: 1n, den: BigInt(supporterCount(profile, p)) }]),
  );
  const winners: number[] = [];
  const payments: ExactPayment[] = [];
  for (;;) {
    const order = [...remaining].sort(
      (a, b) => compareRatios(previous.get(a)!, previous.get(b)!) || tieRank[a]! - tieRank[b]!,
    );
    let best: Price | undefined;
    for (const project of order) {
      if (best && compareRatios(previous.get(project)!, best.rho) > 0) break;
      const priced = price(project);
      if (!priced) {
        remaining.delete(project);
        continue;
      }
      previous.set(project, priced.rho);
      const versus = best ? compareRatios(priced.rho, best.rho) : -1;
      if (versus < 0 || (versus === 0 && tieRank[project]! < tieRank[best!.project]!)) best = priced;
    }
    if (!best) return { winners, payments };
    payments.push(charge(best));
    winners.push(best.project);
    remaining.delete(best.project);
  }
};
