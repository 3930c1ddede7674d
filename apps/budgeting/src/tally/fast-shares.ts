import { supporterCount, type ApprovalProfile } from './approval-profile';

/**
 * The same method as `exactEqualShares`, with voters' purses in floating point, for add-one's many
 * runs. It is exact in its decisions or it gives up: every purse carries a bound on its rounding
 * error, and whenever two compared quantities lie within their bounds of each other (a tie, or too
 * close to tell) the run returns `undefined` and the caller asks the exact method.
 *
 * The bounds stay small because the shares that are charged are exact. Rounded shares would pass
 * their error on to every purse they are taken from, and those purses to the next share, so a
 * bound would compound round after round; instead each funded project's share is recomputed as a
 * fraction from the voters' exact purses (an untouched purse minus the exact shares its holder paid),
 * and only then rounded once.
 */

/** Twice the unit roundoff of a double: each bound below leans to the safe side. */
const U = 2 ** -52;

interface Price {
  readonly project: number;
  /** The water level: what each paying supporter pays, and its error bound. */
  readonly share: number;
  readonly shareError: number;
  readonly payers: number;
  /** Share per unit of cost: the lower, the better. */
  readonly rho: number;
  readonly rhoError: number;
  /** Nobody paid less than the share: `rho` is exactly `1 / payers`, and ties are told exactly. */
  readonly exact: boolean;
}

const UNDECIDED = 'undecided';

const bits = (value: bigint): number => value.toString(16).length * 4;

/** `numerator / denominator` to within one rounding, however long the integers. */
const toNumber = (numerator: bigint, denominator: bigint): number => {
  const shift = Math.max(0, bits(denominator) - bits(numerator) + 64);
  return Number((numerator << BigInt(shift)) / denominator) / 2 ** shift;
};

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Winners as project indices in order of funding, or `undefined` when the exact method must decide. */
export const fastEqualShares = (
  profile: ApprovalProfile,
  total: bigint,
  purses: Float64Array,
): readonly number[] | undefined => {
  const { costs, supporterStart, supporters, approvalStart, approvals, tieRank } = profile;
  if (profile.voters === 0) return [];
  const cost = costs.map(Number);
  const voterBudget = toNumber(total, BigInt(profile.voters));
  purses.fill(voterBudget, 0, profile.voters);
  let purseError = U * voterBudget;
  // Exact shares of the funded projects, and an untouched purse, over one common denominator.
  let denominator = BigInt(profile.voters);
  let untouched = total;
  const shares: bigint[] = [];
  const funded: number[] = [];
  const fundedAt = new Int32Array(cost.length).fill(-1);
  const tally = new Int32Array(cost.length);

  // Purses of a project's supporters who already paid for something: an untouched purse is the
  // fullest there is, so it always pays the share, and only the touched ones need another look.
  const touched = new Float64Array(profile.voters);

  const price = (project: number): Price | 'unaffordable' | typeof UNDECIDED => {
    const [from, to] = [supporterStart[project]!, supporterStart[project + 1]!];
    const count = to - from;
    const target = cost[project]!;
    // Neumaier's compensated sum: the error stays near one rounding however many supporters.
    let [available, carry, size] = [0, 0, 0];
    for (let at = from; at < to; at++) {
      const purse = purses[supporters[at]!]!;
      const next = available + purse;
      carry += Math.abs(available) >= Math.abs(purse) ? available - next + purse : purse - next + available;
      available = next;
      if (purse !== voterBudget) touched[size++] = purse;
    }
    available += carry;
    const availableError = count * purseError + U * (available + target);
    if (available < target - availableError) return 'unaffordable';
    if (available <= target + availableError) return UNDECIDED;
    // The water level: raise the share until those below it, paying all they have, and those above,
    // paying the share, cover the cost. Each pass only adds voters below, so it settles in a few.
    let [share, below, previous, paid, nearest] = [0, 0, -1, 0, Infinity];
    while (below !== previous) {
      if (below === count) return UNDECIDED;
      [previous, share] = [below, (target - paid) / (count - below)];
      let carried = 0;
      [below, paid, nearest] = [0, 0, size < count ? Math.abs(voterBudget - share) : Infinity];
      for (let at = 0; at < size; at++) {
        const purse = touched[at]!;
        nearest = Math.min(nearest, Math.abs(purse - share));
        if (purse >= share) continue;
        below++;
        const sum = paid + purse;
        carried += Math.abs(paid) >= Math.abs(purse) ? paid - sum + purse : purse - sum + paid;
        paid = sum;
      }
      paid += carried;
      // Fewer below than last pass: rounding is at the edge of a tie.
      if (below < previous) return UNDECIDED;
    }
    const payers = count - below;
    const shareError = (below * purseError + U * (2 * paid + target)) / payers + U * share;
    if (nearest <= purseError + shareError) return UNDECIDED;
    const rho = share / target;
    const rhoError = shareError / target + U * rho;
    return { project, share, shareError, payers, rho, rhoError, exact: paid === 0 };
  };

  /** The winner's share as a fraction over `denominator`: its cost less what the poorer supporters had. */
  const exactShare = ({ project, share, payers }: Price): bigint => {
    let [nonEmpty, excess] = [0n, costs[project]! * denominator];
    for (let at = supporterStart[project]!; at < supporterStart[project + 1]!; at++) {
      const voter = supporters[at]!;
      if (purses[voter]! >= share || purses[voter] === 0) continue;
      nonEmpty++;
      // A purse that is not empty paid the full share of every funded project its holder approved.
      for (let next = approvalStart[voter]!; next < approvalStart[voter + 1]!; next++)
        if (fundedAt[approvals[next]!]! >= 0) tally[approvals[next]!]!++;
    }
    excess -= nonEmpty * untouched;
    for (const paidFor of funded) {
      if (tally[paidFor] === 0) continue;
      excess += BigInt(tally[paidFor]!) * shares[fundedAt[paidFor]!]!;
      tally[paidFor] = 0;
    }
    const divisor = BigInt(gcd(Number(excess % BigInt(payers)), payers) || payers);
    const scale = BigInt(payers) / divisor;
    if (scale !== 1n) {
      denominator *= scale;
      untouched *= scale;
      for (let at = 0; at < shares.length; at++) shares[at] = shares[at]! * scale;
    }
    return excess / divisor;
  };

  /** Negative when `a` beats `b`, positive when `b` wins, `undefined` when too close to tell. */
  const versus = (a: Price, b: Price): number | undefined => {
    if (a.exact && b.exact) return b.payers - a.payers || tieRank[a.project]! - tieRank[b.project]!;
    if (Math.abs(a.rho - b.rho) <= a.rhoError + b.rhoError) return undefined;
    return a.rho - b.rho;
  };

  // A project's price only rises as purses shrink, so last round's price bounds this round's:
  // projects are priced cheapest-first and the search stops at one that cannot beat the best.
  const previous = new Float64Array(cost.length);
  const previousError = new Float64Array(cost.length);
  for (const project of profile.candidates) {
    previous[project] = 1 / supporterCount(profile, project);
    previousError[project] = U * previous[project]!;
  }
  let remaining = [...profile.candidates];
  for (;;) {
    remaining.sort((a, b) => previous[a]! - previous[b]! || tieRank[a]! - tieRank[b]!);
    const dropped = new Set<number>();
    let best: Price | undefined;
    for (const project of remaining) {
      if (best && previous[project]! - previousError[project]! > best.rho + best.rhoError) break;
      const priced = price(project);
      if (priced === UNDECIDED) return undefined;
      if (priced === 'unaffordable') {
        dropped.add(project);
        continue;
      }
      previous[project] = priced.rho;
      previousError[project] = priced.rhoError;
      const order = best ? versus(priced, best) : -1;
      if (order === undefined) return undefined;
      if (order < 0) best = priced;
    }
    if (!best) return funded;
    const share = exactShare(best);
    const charged = toNumber(share, denominator);
    if (Math.abs(charged - best.share) > best.shareError + U * charged) return undefined;
    const { project } = best;
    for (let at = supporterStart[project]!; at < supporterStart[project + 1]!; at++) {
      const voter = supporters[at]!;
      purses[voter] = purses[voter]! < best.share ? 0 : purses[voter]! - charged;
    }
    purseError += U * (charged + voterBudget);
    fundedAt[project] = shares.length;
    shares.push(share);
    funded.push(project);
    dropped.add(project);
    remaining = remaining.filter((candidate) => !dropped.has(candidate));
  }
};
