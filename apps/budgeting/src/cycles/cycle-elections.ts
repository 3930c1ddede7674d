import type { Ballot, Election } from '../tally';
import type { Cycle } from './cycle';
import { currencyDecimals } from './tally-rule';

/** A ballot as counted: the last version of a ballot stream, by its receipt. Never who cast it. */
export interface CountedBallot {
  readonly receipt: string;
  /** Null: a voter outside every district, who votes city-wide only. */
  readonly district: string | null;
  readonly kind: 'approval' | 'knapsack' | 'ranked' | 'cumulative';
  readonly projects: readonly string[];
  /** Cumulative ballots only, in the order of `projects`. */
  readonly points: readonly number[] | null;
}

/** A project on the ballot: assessed feasible, not merged away, at its final cost. */
export interface ProjectOnTally {
  readonly projectId: string;
  readonly cost: bigint;
  readonly district: string | null;
}

/** One budget and everything counted for it. */
export interface PartElection {
  readonly district: string | null;
  readonly election: Election;
  /** Ballots naming each project, whatever the rule makes of them. */
  readonly votes: ReadonlyMap<string, number>;
}

/**
 * A ballot's choices within one part. A knapsack ballot approves what it chose; a ranking keeps its
 * order among the part's projects, so its points run from the length of what is left.
 */
const ballotIn = (ballot: CountedBallot, onOffer: ReadonlySet<string>): Ballot => {
  if (ballot.kind === 'cumulative')
    return {
      kind: 'cumulative',
      points: Object.fromEntries(
        ballot.projects.flatMap((id, at) => (onOffer.has(id) ? [[id, ballot.points?.[at] ?? 0]] : [])),
      ),
    };
  const projects = ballot.projects.filter((id) => onOffer.has(id));
  return { kind: ballot.kind === 'ranked' ? 'ranked' : 'approval', projects };
};

const byProjectId = (a: ProjectOnTally, b: ProjectOnTally): number =>
  a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0;

const partOf = (
  district: string | null,
  budget: bigint,
  decimals: number,
  projects: readonly ProjectOnTally[],
  ballots: readonly CountedBallot[],
): PartElection => {
  const own = projects.filter((project) => project.district === district).sort(byProjectId);
  const onOffer = new Set(own.map((project) => project.projectId));
  const counted = ballots.map((ballot) => ballotIn(ballot, onOffer));
  const votes = new Map(own.map((project) => [project.projectId, 0]));
  for (const ballot of counted)
    for (const id of ballot.kind === 'cumulative' ? Object.keys(ballot.points) : ballot.projects)
      votes.set(id, (votes.get(id) ?? 0) + 1);
  return {
    district,
    election: {
      decimals,
      budget,
      projects: own.map((project) => ({ id: project.projectId, cost: project.cost })),
      ballots: counted,
    },
    votes,
  };
};

/**
 * The elections a cycle's tally runs: the city-wide part, whose budget is what the districts leave
 * and whose voters are everyone (any voter may choose city-wide projects), then each district in
 * the order the cycle lists them, with its own budget, projects and the ballots of its voters.
 */
export const electionsOf = (
  cycle: Cycle,
  projects: readonly ProjectOnTally[],
  ballots: readonly CountedBallot[],
): PartElection[] => {
  const decimals = currencyDecimals(cycle.currency);
  const districts = [...cycle.districts];
  const remainder = districts.reduce((left, [, budget]) => left - budget, cycle.budget);
  return [
    partOf(null, remainder, decimals, projects, ballots),
    ...districts.map(([name, budget]) =>
      partOf(
        name,
        budget,
        decimals,
        projects,
        ballots.filter((ballot) => ballot.district === name),
      ),
    ),
  ];
};
