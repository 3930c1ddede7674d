import { approvalProfileOf, type ApprovalProfile } from './approval-profile';
import type { Election } from './election';
import { exactEqualShares } from './exact-shares';
import { fastEqualShares } from './fast-shares';
import { fraction, type Fraction } from './fraction';

/**
 * `add-one` completes the method as equalshares.net does and as Wieliczka, Świecie and Assen used
 * it: with the budget split equally the method usually leaves money unspent, so every voter's purse
 * is raised by one currency unit and the method re-run, as long as the outcome still fits the real
 * budget. `none` is the method on its own.
 */
export type Completion = 'add-one' | 'none';

export interface Payment {
  readonly project: string;
  readonly cost: bigint;
  /** What each supporter who could afford it paid (minor units), the same for all of them. */
  readonly share: Fraction;
  readonly fullShares: number;
  /** Supporters who had less than the share left, and paid all they had (possibly nothing). */
  readonly partialShares: number;
  readonly paidByPartial: Fraction;
}

export interface EqualSharesTally {
  readonly rule: 'mes';
  readonly completion: Completion;
  /** In the order they were funded. */
  readonly selected: readonly string[];
  readonly totalCost: bigint;
  /** Each voter's purse (minor units) in the run that decided: the budget split, raised by add-one. */
  readonly voterBudget: Fraction;
  /** How many times add-one raised every purse by one currency unit (from a whole number of units). */
  readonly raises: number;
  readonly payments: readonly Payment[];
  readonly tieBreak: string;
}

export const EQUAL_SHARES_TIE_BREAK =
  'the project whose supporters pay the least per unit of its cost first (equalshares.net, cost utilities); ' +
  'equal: lower cost, then more approvals (equalshares.net), then project id in code-unit order';

type Run = (total: bigint) => readonly number[];

interface Decided {
  readonly winners: readonly number[];
  /** What was split among the voters in the run that decided. */
  readonly total: bigint;
  readonly raises: number;
}

const costOf = (profile: ApprovalProfile, winners: readonly number[]): bigint =>
  winners.reduce((sum, project) => sum + profile.costs[project]!, 0n);

/** Exhaustive: no project left out would still fit (equalshares.net looks at every project). */
const exhaustive = (profile: ApprovalProfile, winners: readonly number[], budget: bigint): boolean => {
  const spent = costOf(profile, winners);
  const funded = new Set(winners);
  return profile.costs.every((cost, project) => funded.has(project) || spent + cost > budget);
};

const complete = (
  profile: ApprovalProfile,
  election: Election,
  completion: Completion,
  run: Run,
): Decided => {
  const { budget } = election;
  let decided: Decided = { winners: run(budget), total: budget, raises: 0 };
  if (completion === 'none' || profile.voters === 0) return decided;
  const raise = BigInt(profile.voters) * 10n ** BigInt(election.decimals);
  // equalshares.net's add-one starts from a whole number of currency units per voter.
  let total = (budget / raise) * raise;
  // Once every fundable project is in, raising purses changes nothing: equalshares.net would spin
  // forever on a project nobody approved that still fits the budget; this stops.
  while (
    !exhaustive(profile, decided.winners, budget) &&
    decided.winners.length < profile.candidates.length
  ) {
    total += raise;
    const winners = run(total);
    if (costOf(profile, winners) > budget) break;
    decided = { winners, total, raises: decided.raises + 1 };
  }
  return decided;
};

const sameWinners = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((project, at) => b[at] === project);

/**
 * The Method of Equal Shares (approval ballots, cost utilities), completed by add-one unless told
 * otherwise. Money is exact: runs are done in floating point only where every comparison is decided
 * beyond doubt (see fast-shares.ts), else exactly, and the deciding run is always redone exactly to
 * publish each project's shares.
 */
export const equalShares = (election: Election, completion: Completion = 'add-one'): EqualSharesTally => {
  const profile = approvalProfileOf(election);
  const purses = new Float64Array(profile.voters);
  const floatSafe = profile.costs.every((cost) => cost <= BigInt(Number.MAX_SAFE_INTEGER));
  const exact: Run = (total) => exactEqualShares(profile, total).winners;
  const fast: Run = (total) => (floatSafe && fastEqualShares(profile, total, purses)) || exact(total);
  let decided = complete(profile, election, completion, fast);
  let final = exactEqualShares(profile, decided.total);
  if (!sameWinners(final.winners, decided.winners)) {
    // Never expected: the floating-point bounds would have been unsound. The exact method has the last word.
    decided = complete(profile, election, completion, exact);
    final = exactEqualShares(profile, decided.total);
  }
  return {
    rule: 'mes',
    completion,
    selected: final.winners.map((project) => profile.ids[project]!),
    totalCost: costOf(profile, final.winners),
    voterBudget: profile.voters === 0 ? fraction(0n, 1n) : fraction(decided.total, BigInt(profile.voters)),
    raises: decided.raises,
    payments: final.payments.map(({ project, ...paid }) => ({
      project: profile.ids[project]!,
      cost: profile.costs[project]!,
      ...paid,
    })),
    tieBreak: EQUAL_SHARES_TIE_BREAK,
  };
};
