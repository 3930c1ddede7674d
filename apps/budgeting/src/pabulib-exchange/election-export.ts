import { NotFound, RuleViolated } from '@commonplan/kernel';
import type { BallotRules } from '../cycles/ballot-rules';
import { reached, type Cycle } from '../cycles/cycle';
import { fundedOf } from '../cycles/cycle-tally.decisions';
import { electionsOf, type CountedBallot, type ProjectOnTally } from '../cycles/cycle-elections';
import { pabulibOf, type PabulibFile } from '../pabulib';
import type { Ballot, Election } from '../tally';

/** A project on the ballot, with what a .pb file shows of it beside its cost. */
export interface ProjectForExport extends ProjectOnTally {
  readonly name: string;
  readonly category: string;
}

/** META a cycle knows of itself: what the ballots allowed, and the rule they are counted by. */
const metaOf = (cycle: Cycle, language: string): Map<string, string> => {
  const meta = new Map<string, string>([
    ['language', language],
    ['currency', cycle.currency],
  ]);
  const rules: BallotRules | undefined = cycle.ballotRules;
  if (rules?.kind === 'approval') {
    meta.set('max_length', String(rules.maxChoices));
    if (rules.minChoices > 0) meta.set('min_length', String(rules.minChoices));
  } else if (rules?.kind === 'ranked') meta.set('max_length', String(rules.maxChoices));
  else if (rules?.kind === 'cumulative') meta.set('max_sum_points', String(rules.points));
  const { tallyRule } = cycle;
  meta.set('rule', tallyRule.rule === 'mes' ? 'equalshares/add1' : tallyRule.rule);
  if (tallyRule.rule === 'greedy-threshold')
    meta.set('min_project_score_threshold', String(tallyRule.threshold));
  return meta;
};

/** The election with the file's own project ids where the cycle was imported from one. */
const withReferences = (election: Election, references: ReadonlyMap<string, string>): Election => {
  const ref = (id: string): string => references.get(id) ?? id;
  const ballot = (cast: Ballot): Ballot =>
    cast.kind === 'cumulative'
      ? {
          kind: 'cumulative',
          points: Object.fromEntries(Object.entries(cast.points).map(([id, p]) => [ref(id), p])),
        }
      : { kind: cast.kind, projects: cast.projects.map(ref) };
  return {
    ...election,
    projects: election.projects.map((project) => ({ ...project, id: ref(project.id) })),
    ballots: election.ballots.map(ballot),
  };
};

/**
 * A cycle's counted ballots as a Pabulib file, for one part of its budget (a district, or null for
 * the city-wide part), so anyone can tally it elsewhere. Only once voting has closed: before, the
 * file would show a count in progress. Ballots are numbered 1, 2, 3…: no id that names a voter.
 */
export const pabulibOfCycle = (
  cycle: Cycle,
  district: string | null,
  projects: readonly ProjectForExport[],
  ballots: readonly CountedBallot[],
): PabulibFile => {
  if (!cycle.opened) throw new NotFound('cycle.not-found', 'no such cycle');
  if (!reached(cycle, 'tally'))
    throw new RuleViolated('pabulib.voting-open', 'a cycle is exported once its voting has closed');
  const part = electionsOf(cycle, projects, ballots).find((each) => each.district === district);
  if (!part) throw new NotFound('cycle.no-such-district', `the cycle has no district ${district}`);
  const references = new Map(cycle.imported?.projects.map((p) => [p.projectId, p.reference]) ?? []);
  const language = (cycle.imported?.meta.find((entry) => entry.key === 'language')?.value ?? 'und').trim();
  // Pabulib's `selected` is what the city funded: the tally's choice with any public override.
  const selected = new Set(fundedOf(cycle).map((project) => project.projectId));
  const meta = cycle.imported
    ? new Map(cycle.imported.meta.map(({ key, value }) => [key, value]))
    : metaOf(cycle, language);
  return pabulibOf(withReferences(part.election, references), {
    meta,
    projectValues: new Map(
      projects
        .filter((project) => project.district === district)
        .map((project) => [
          references.get(project.projectId) ?? project.projectId,
          {
            name: project.name,
            category: project.category,
            ...(cycle.tally ? { selected: selected.has(project.projectId) ? '1' : '0' } : {}),
          },
        ]),
    ),
  });
};
