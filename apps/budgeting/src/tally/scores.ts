import type { Ballot, Election } from './election';

/**
 * What a ballot gives each project it names: one approval; points as cast; or, for a ranking of k
 * projects, k points to the favourite down to 1 for the last (the Borda-like count Polish cities
 * such as Kraków use, with k the length of this ballot).
 */
const pointsOf = (ballot: Ballot): Iterable<readonly [string, number]> => {
  switch (ballot.kind) {
    case 'approval':
      return ballot.projects.map((id) => [id, 1] as const);
    case 'ranked':
      return ballot.projects.map((id, rank) => [id, ballot.projects.length - rank] as const);
    case 'cumulative':
      return Object.entries(ballot.points);
  }
};

/** Every project's score, counted from the ballots alone; projects nobody named score 0. */
export const scoresOf = (election: Election): Map<string, number> => {
  const scores = new Map(election.projects.map((project) => [project.id, 0]));
  for (const ballot of election.ballots)
    for (const [id, points] of pointsOf(ballot)) scores.set(id, (scores.get(id) ?? 0) + points);
  return scores;
};
