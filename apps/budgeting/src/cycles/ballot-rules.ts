import type { Issue } from '@commonplan/kernel';

/**
 * How residents vote in a cycle, chosen per cycle and locked once voting opens: changing the rules
 * after ballots are cast is the complaint users of other platforms raise most.
 */
export type BallotRules =
  /** Choose up to `maxChoices` projects, and at least `minChoices`. */
  | { readonly kind: 'approval'; readonly maxChoices: number; readonly minChoices: number }
  /** Choose projects whose total cost fits the budget, spending at least `minSpendShare` of it. */
  | { readonly kind: 'knapsack'; readonly minSpendShare: number }
  /** Order up to `maxChoices` projects, the favourite first. */
  | { readonly kind: 'ranked'; readonly maxChoices: number }
  /** Spread up to `points` whole points over projects. */
  | { readonly kind: 'cumulative'; readonly points: number };

export type BallotChoices =
  | { readonly kind: 'approval' | 'knapsack' | 'ranked'; readonly projects: readonly string[] }
  | { readonly kind: 'cumulative'; readonly points: Readonly<Record<string, number>> };

/** A project as a ballot sees it: what it costs and where it is. */
export interface ProjectOnOffer {
  readonly cost: bigint;
  /** Absent: the whole city. */
  readonly district?: string;
}

export interface BallotContext {
  readonly projects: ReadonlyMap<string, ProjectOnOffer>;
  /** The voter's district; a ballot holds city-wide projects and those of this district. */
  readonly district?: string;
  /** The budget the ballot is measured against: the district's, or the city's. */
  readonly budget: bigint;
}

const issue = (field: string, rule: string, message: string): Issue => ({ field, rule, message });

const chosenOf = (choices: BallotChoices): string[] =>
  choices.kind === 'cumulative' ? Object.keys(choices.points) : [...choices.projects];

const checkProjects = (chosen: readonly string[], context: BallotContext): Issue[] => {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  chosen.forEach((id, index) => {
    const field = `projects.${index}`;
    const project = context.projects.get(id);
    if (seen.has(id)) issues.push(issue(field, 'unique', `project ${id} is chosen twice`));
    seen.add(id);
    if (!project) issues.push(issue(field, 'on-offer', `project ${id} is not on this cycle's ballot`));
    else if (project.district !== undefined && project.district !== context.district)
      issues.push(issue(field, 'district', `project ${id} is in another district than the voter's`));
  });
  return issues;
};

const costOf = (chosen: readonly string[], context: BallotContext): bigint =>
  chosen.reduce((sum, id) => sum + (context.projects.get(id)?.cost ?? 0n), 0n);

const checkCount = (count: number, min: number, max: number): Issue[] => {
  if (count > max) return [issue('projects', 'max-items', `a ballot may hold at most ${max} projects`)];
  if (count < min) return [issue('projects', 'min-items', `a ballot must hold at least ${min} projects`)];
  return [];
};

/** Every way a ballot breaks the cycle's rules, each naming its field; empty means it may be cast. */
export const ballotIssues = (rules: BallotRules, choices: BallotChoices, context: BallotContext): Issue[] => {
  if (choices.kind !== rules.kind)
    return [issue('kind', 'ballot-kind', `this cycle takes ${rules.kind} ballots, not ${choices.kind}`)];
  const chosen = chosenOf(choices);
  const issues = checkProjects(chosen, context);
  switch (rules.kind) {
    case 'approval':
      return [...issues, ...checkCount(chosen.length, rules.minChoices, rules.maxChoices)];
    case 'ranked':
      return [...issues, ...checkCount(chosen.length, 1, rules.maxChoices)];
    case 'knapsack': {
      const cost = costOf(chosen, context);
      if (cost > context.budget)
        issues.push(
          issue(
            'projects',
            'within-budget',
            `the chosen projects cost ${cost}, more than the budget of ${context.budget}`,
          ),
        );
      // Whole minor units: a share of 0.5 of an odd budget asks for the unit above half.
      const floor = (context.budget * BigInt(Math.round(rules.minSpendShare * 10_000)) + 9_999n) / 10_000n;
      if (cost < floor)
        issues.push(issue('projects', 'min-spend', `the chosen projects must cost at least ${floor}`));
      return chosen.length === 0
        ? [...issues, issue('projects', 'min-items', 'choose at least one project')]
        : issues;
    }
    case 'cumulative': {
      const points = choices.kind === 'cumulative' ? Object.values(choices.points) : [];
      points.forEach((given, index) => {
        if (!Number.isSafeInteger(given) || given < 1)
          issues.push(issue(`points.${chosen[index]}`, 'whole-points', 'points are whole numbers from 1'));
      });
      const total = points.reduce((sum, given) => sum + given, 0);
      if (total > rules.points)
        issues.push(issue('points', 'max-points', `at most ${rules.points} points may be spread`));
      if (total === 0) issues.push(issue('points', 'min-points', 'give at least one point'));
      return issues;
    }
  }
};

/** Rules a cycle may be opened with: each bound makes sense on its own and against the others. */
export const ballotRulesIssues = (rules: BallotRules): Issue[] => {
  const whole = (value: number, min: number): boolean => Number.isSafeInteger(value) && value >= min;
  switch (rules.kind) {
    case 'approval':
      if (!whole(rules.maxChoices, 1))
        return [issue('ballotRules.maxChoices', 'min', 'maxChoices must be a whole number from 1')];
      if (!whole(rules.minChoices, 0) || rules.minChoices > rules.maxChoices)
        return [issue('ballotRules.minChoices', 'range', 'minChoices must be between 0 and maxChoices')];
      return [];
    case 'ranked':
      return whole(rules.maxChoices, 1)
        ? []
        : [issue('ballotRules.maxChoices', 'min', 'maxChoices must be a whole number from 1')];
    case 'cumulative':
      return whole(rules.points, 1)
        ? []
        : [issue('ballotRules.points', 'min', 'points must be a whole number from 1')];
    case 'knapsack':
      return rules.minSpendShare >= 0 && rules.minSpendShare <= 1
        ? []
        : [issue('ballotRules.minSpendShare', 'range', 'minSpendShare must be between 0 and 1')];
  }
};
