import { Invalid, type Issue } from '@commonplan/kernel';

/**
 * Everything a tally needs, and nothing else: it is what anyone re-running a published tally gets.
 * Money is exact: integers of minor units, `10^-decimals` of the currency (cents for `decimals: 2`),
 * so a cost written `446829.4` in a Pabulib file is `4468294n` with `decimals: 1`.
 */
export interface Election {
  readonly decimals: number;
  readonly budget: bigint;
  /** In the order the city lists them; ids are strings (`c1`, `L028`, `OGM/0004`), never numbers. */
  readonly projects: readonly Project[];
  readonly ballots: readonly Ballot[];
}

export interface Project {
  readonly id: string;
  readonly cost: bigint;
}

/** The same shapes as the ballots cast in a cycle, so the platform hands them over unchanged. */
export type Ballot =
  | { readonly kind: 'approval'; readonly projects: readonly string[] }
  /** The favourite first. */
  | { readonly kind: 'ranked'; readonly projects: readonly string[] }
  | { readonly kind: 'cumulative'; readonly points: Readonly<Record<string, number>> };

export type TallyRule = 'greedy' | 'greedy-threshold' | 'mes';

/** Project ids a ballot names, in the ballot's order. */
export const namedProjects = (ballot: Ballot): readonly string[] =>
  ballot.kind === 'cumulative' ? Object.keys(ballot.points) : ballot.projects;

const issue = (field: string, rule: string, message: string): Issue => ({ field, rule, message });

const ballotIssues = (ballot: Ballot, index: number, known: ReadonlySet<string>): Issue[] => {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const id of namedProjects(ballot)) {
    if (!known.has(id))
      issues.push(issue(`ballots.${index}`, 'on-offer', `ballot ${index + 1} names unknown project ${id}`));
    if (seen.has(id))
      issues.push(issue(`ballots.${index}`, 'unique', `ballot ${index + 1} names project ${id} twice`));
    seen.add(id);
  }
  if (ballot.kind === 'cumulative')
    for (const [id, points] of Object.entries(ballot.points))
      if (!Number.isFinite(points) || points < 0)
        issues.push(issue(`ballots.${index}`, 'points', `ballot ${index + 1} gives ${id} ${points} points`));
  return issues;
};

/**
 * Every reason the election cannot be tallied, so a tally never silently drops a vote for a project
 * it does not know or counts one voter twice for the same project.
 */
export const electionIssues = (election: Election): Issue[] => {
  const issues: Issue[] = [];
  if (!Number.isInteger(election.decimals) || election.decimals < 0 || election.decimals > 18)
    issues.push(issue('decimals', 'range', 'decimals must be a whole number from 0 to 18'));
  if (election.budget < 0n) issues.push(issue('budget', 'min', 'the budget may not be negative'));
  const known = new Set<string>();
  election.projects.forEach((project, index) => {
    if (known.has(project.id))
      issues.push(issue(`projects.${index}`, 'unique', `project ${project.id} is listed twice`));
    if (project.cost < 0n)
      issues.push(issue(`projects.${index}`, 'min', `project ${project.id} has a negative cost`));
    known.add(project.id);
  });
  election.ballots.forEach((ballot, index) => issues.push(...ballotIssues(ballot, index, known)));
  return issues;
};

export const assertTallyable = (election: Election): void => {
  const issues = electionIssues(election);
  if (issues.length > 0)
    throw new Invalid(
      'tally.invalid-election',
      `the election cannot be tallied: ${issues[0]!.message}`,
      issues,
    );
};

/** Ids compared code unit by code unit, as Python sorts them (the same for ids without astral characters). */
export const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const totalCost = (election: Election, ids: readonly string[]): bigint => {
  const costs = new Map(election.projects.map((project) => [project.id, project.cost]));
  return ids.reduce((sum, id) => sum + (costs.get(id) ?? 0n), 0n);
};

/** `4468294n` with 1 decimal → `"446829.4"`: how a city writes an amount, without rounding. */
export const formatMoney = (minor: bigint, decimals: number): string => {
  if (decimals === 0) return minor.toString();
  const sign = minor < 0n ? '-' : '';
  const digits = (minor < 0n ? -minor : minor).toString().padStart(decimals + 1, '0');
  const fraction = digits.slice(-decimals).replace(/0+$/, '');
  return `${sign}${digits.slice(0, -decimals)}${fraction ? `.${fraction}` : ''}`;
};
