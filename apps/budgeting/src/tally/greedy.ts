import { assertTallyable, byId, type Election, type Project } from './election';
import { scoresOf } from './scores';

export interface GreedyTally {
  readonly rule: 'greedy' | 'greedy-threshold';
  /** In the order they were funded. */
  readonly selected: readonly string[];
  readonly totalCost: bigint;
  readonly scores: ReadonlyMap<string, number>;
  /** Only for greedy-threshold: the score a project had to reach to be considered. */
  readonly threshold?: number;
  readonly tieBreak: string;
}

export const GREEDY_TIE_BREAK =
  'higher score first; equal scores: lower cost first (it leaves more of the budget), then project id in code-unit order';

const byCost = (a: Project, b: Project): number => (a.cost < b.cost ? -1 : a.cost > b.cost ? 1 : 0);

const fundInOrder = (
  election: Election,
  rule: GreedyTally['rule'],
  admitted: (score: number) => boolean,
  threshold?: number,
): GreedyTally => {
  assertTallyable(election);
  const scores = scoresOf(election);
  const scoreOf = (project: Project): number => scores.get(project.id) ?? 0;
  const order = election.projects
    .filter((project) => admitted(scoreOf(project)))
    .sort((a, b) => scoreOf(b) - scoreOf(a) || byCost(a, b) || byId(a.id, b.id));
  const selected: string[] = [];
  let totalCost = 0n;
  // A project that no longer fits is skipped, not the end: a cheaper one further down may still fit.
  for (const project of order)
    if (totalCost + project.cost <= election.budget) {
      selected.push(project.id);
      totalCost += project.cost;
    }
  return {
    rule,
    selected,
    totalCost,
    scores,
    tieBreak: GREEDY_TIE_BREAK,
    ...(threshold === undefined ? {} : { threshold }),
  };
};

/**
 * Greedy by score, as most cities fund: take projects from the highest score down, fund each one
 * that still fits what is left of the budget. A project nobody voted for is funded too if it fits.
 */
export const greedy = (election: Election): GreedyTally => fundInOrder(election, 'greedy', () => true);

/** Greedy over the projects whose score reaches `threshold` (Pabulib's `min_project_score_threshold`). */
export const greedyWithThreshold = (election: Election, threshold: number): GreedyTally =>
  fundInOrder(election, 'greedy-threshold', (score) => score >= threshold, threshold);
