import { RuleViolated } from '@commonplan/kernel';
import { assertTallyable, byId, type Election } from './election';

/**
 * The approvals of an election packed for the Method of Equal Shares: voters and projects become
 * indices, and each project's supporters one slice of a flat array, so a run walks memory in order
 * instead of chasing strings through maps a million times.
 */
export interface ApprovalProfile {
  /** Every ballot is a voter with an equal share of the budget, an empty ballot too. */
  readonly voters: number;
  /** Project ids and costs by index, in the election's order. */
  readonly ids: readonly string[];
  readonly costs: readonly bigint[];
  /** Supporters of project `p` are `supporters[supporterStart[p] .. supporterStart[p + 1])`. */
  readonly supporterStart: Int32Array;
  readonly supporters: Int32Array;
  /** Projects approved by voter `v` are `approvals[approvalStart[v] .. approvalStart[v + 1])`. */
  readonly approvalStart: Int32Array;
  readonly approvals: Int32Array;
  /** Projects the method may fund: a positive cost and at least one supporter (as equalshares.net). */
  readonly candidates: readonly number[];
  /** Lower wins a tie: lower cost, then more approvals, then id (equalshares.net's order, then Python's sort). */
  readonly tieRank: Int32Array;
}

export const supporterCount = (profile: ApprovalProfile, project: number): number =>
  profile.supporterStart[project + 1]! - profile.supporterStart[project]!;

export const approvalProfileOf = (election: Election): ApprovalProfile => {
  assertTallyable(election);
  const index = new Map(election.projects.map((project, at) => [project.id, at]));
  const counts = new Int32Array(election.projects.length);
  for (const ballot of election.ballots) {
    if (ballot.kind !== 'approval')
      throw new RuleViolated(
        'tally.equal-shares-needs-approvals',
        `the Method of Equal Shares counts approval ballots, not ${ballot.kind} ones`,
      );
    for (const id of ballot.projects) counts[index.get(id)!]!++;
  }
  const supporterStart = new Int32Array(counts.length + 1);
  counts.forEach((count, project) => (supporterStart[project + 1] = supporterStart[project]! + count));
  const supporters = new Int32Array(supporterStart[counts.length]!);
  const next = supporterStart.slice(0, counts.length);
  const approvalStart = new Int32Array(election.ballots.length + 1);
  const approvals = new Int32Array(supporters.length);
  election.ballots.forEach((ballot, voter) => {
    let at = approvalStart[voter]!;
    for (const id of (ballot as { projects: readonly string[] }).projects) {
      const project = index.get(id)!;
      supporters[next[project]!++] = voter;
      approvals[at++] = project;
    }
    approvalStart[voter + 1] = at;
  });
  const ids = election.projects.map((project) => project.id);
  const costs = election.projects.map((project) => project.cost);
  const candidates = ids.map((_, project) => project).filter((p) => costs[p]! > 0n && counts[p]! > 0);
  const tieRank = new Int32Array(ids.length);
  [...ids.keys()]
    .sort((a, b) => {
      const [costA, costB] = [costs[a]!, costs[b]!];
      return costA < costB ? -1 : costA > costB ? 1 : counts[b]! - counts[a]! || byId(ids[a]!, ids[b]!);
    })
    .forEach((project, rank) => (tieRank[project] = rank));
  return {
    voters: election.ballots.length,
    ids,
    costs,
    supporterStart,
    supporters,
    approvalStart,
    approvals,
    candidates,
    tieRank,
  };
};
