import { Conflict, Invalid, NotFound, RuleViolated, type Issue } from '@commonplan/kernel';
import { scoresOf, tallyElection, type EqualSharesTally, type Fraction, type Tally } from '../tally';
import type { Cycle } from './cycle';
import { electionsOf, type CountedBallot, type PartElection, type ProjectOnTally } from './cycle-elections';
import type { NotaryCitation, OverrideRecorded, TallyPart } from './cycle-results.events';
import type { CycleEvent } from './cycle.events';
import { storedTallyRule } from './tally-rule';

export interface TallyInputs {
  readonly projects: readonly ProjectOnTally[];
  readonly ballots: readonly CountedBallot[];
  /** SHA-256 over the sorted receipts, one per line (computed where hashing is at hand). */
  readonly receiptsDigest: string;
  /** The log position the ballots were read at. */
  readonly position: string;
  /** A signed checkpoint whose tree holds every event up to `position`. */
  readonly checkpoint: NotaryCitation;
  readonly computedBy: string;
}

const mustBeOpen = (cycle: Cycle): void => {
  if (!cycle.opened) throw new NotFound('cycle.not-found', 'no such cycle');
};

const digitsOf = (amount: Fraction) => ({
  numerator: amount.numerator.toString(),
  denominator: amount.denominator.toString(),
});

const equalSharesOf = (tally: EqualSharesTally): TallyPart['equalShares'] => ({
  voterBudget: digitsOf(tally.voterBudget),
  raises: tally.raises,
  payments: tally.payments.map((payment) => ({
    projectId: payment.project,
    share: digitsOf(payment.share),
    fullShares: payment.fullShares,
    partialShares: payment.partialShares,
    paidByPartial: digitsOf(payment.paidByPartial),
  })),
});

const partRecord = ({ district, election, votes }: PartElection, tally: Tally): TallyPart => {
  const scores = tally.rule === 'mes' ? scoresOf(election) : tally.scores;
  return {
    district,
    budget: election.budget.toString(),
    ballots: election.ballots.length,
    selected: [...tally.selected],
    totalCost: tally.totalCost.toString(),
    projects: election.projects.map((project) => ({
      projectId: project.id,
      cost: project.cost.toString(),
      votes: votes.get(project.id) ?? 0,
      score: scores.get(project.id) ?? 0,
    })),
    equalShares: tally.rule === 'mes' ? equalSharesOf(tally) : null,
  };
};

/**
 * Counts every ballot by the cycle's locked rule, per part, in the tally phase only: ballots are in,
 * and nothing is public yet. It may run again until publication; the last tally is the one published.
 */
export const mustCount = (cycle: Cycle): void => {
  mustBeOpen(cycle);
  if (cycle.published)
    throw new RuleViolated('tally.results-published', 'the results are published: the tally is final');
  if (cycle.phase !== 'tally')
    throw new RuleViolated('tally.not-tally-phase', 'ballots are counted in the tally phase, after voting');
};

export const computeTally = (cycle: Cycle, inputs: TallyInputs): CycleEvent[] => {
  mustCount(cycle);
  const choice =
    cycle.tallyRule.rule === 'mes'
      ? { rule: 'mes' as const, completion: 'add-one' as const }
      : cycle.tallyRule;
  const parts = electionsOf(cycle, inputs.projects, inputs.ballots).map((part) => ({
    part,
    tally: tallyElection(part.election, choice),
  }));
  return [
    {
      type: 'TallyComputed',
      data: {
        tallyRule: storedTallyRule(cycle.tallyRule),
        tieBreak: parts[0]!.tally.tieBreak,
        parts: parts.map(({ part, tally }) => partRecord(part, tally)),
        ballots: { counted: inputs.ballots.length, receiptsDigest: inputs.receiptsDigest },
        position: inputs.position,
        checkpoint: inputs.checkpoint,
        computedBy: inputs.computedBy,
      },
    },
  ];
};

export interface FundedProject {
  readonly projectId: string;
  readonly district: string | null;
  readonly cost: string;
  readonly by: 'tally' | 'override';
}

/** What the last tally funds with the overrides written against it applied, part by part. */
export const fundedOf = (cycle: Cycle): FundedProject[] =>
  (cycle.tally?.parts ?? []).flatMap((part) => {
    const costs = new Map(part.projects.map((project) => [project.projectId, project.cost]));
    const decided = new Map(
      cycle.overrides.filter((o) => o.district === part.district).map((o) => [o.projectId, o.decision]),
    );
    const computed = part.selected
      .filter((id) => decided.get(id) !== 'unfund')
      .map((projectId) => ({ projectId, by: 'tally' as const }));
    const added = [...decided]
      .filter(([, decision]) => decision === 'fund')
      .map(([projectId]) => ({ projectId, by: 'override' as const }));
    return [...computed, ...added].map(({ projectId, by }) => ({
      projectId,
      district: part.district,
      cost: costs.get(projectId) ?? '0',
      by,
    }));
  });

export interface Override {
  readonly projectId: string;
  readonly decision: 'fund' | 'unfund';
  readonly reason: OverrideRecorded['reason'];
}

const reasonIssues = (reason: OverrideRecorded['reason']): Issue[] => {
  const texts = reason.texts as Record<string, unknown> | null;
  const written =
    typeof texts === 'object' &&
    texts !== null &&
    typeof texts[reason.original] === 'string' &&
    (texts[reason.original] as string).trim().length > 0;
  return written
    ? []
    : [
        {
          field: 'reason',
          rule: 'required',
          message: 'an override needs a public reason, in its original language',
        },
      ];
};

/**
 * An officer may fund or unfund a project against the computed tally, before publication only, with
 * a public reason; the computed tally stays as it was and the override is shown beside it.
 */
export const overrideOutcome = (cycle: Cycle, override: Override, overriddenBy: string): CycleEvent[] => {
  mustBeOpen(cycle);
  if (cycle.published)
    throw new RuleViolated('override.results-published', 'the results are published: they are final');
  if (!cycle.tally) throw new RuleViolated('override.no-tally', 'compute the tally before overriding it');
  const issues = reasonIssues(override.reason);
  if (issues.length > 0) throw new Invalid('override.no-reason', 'an override needs a public reason', issues);
  const part = cycle.tally.parts.find((p) =>
    p.projects.some((project) => project.projectId === override.projectId),
  );
  if (!part)
    throw new Invalid('override.not-on-tally', 'the project was not on this cycle’s tally', [
      { field: 'projectId', rule: 'on-tally', message: 'only a project the tally counted can be overridden' },
    ]);
  if (cycle.overrides.some((o) => o.projectId === override.projectId))
    throw new Conflict(
      'override.already-overridden',
      'this project is overridden already against this tally',
    );
  const funded = fundedOf(cycle).filter((project) => project.district === part.district);
  const isFunded = funded.some((project) => project.projectId === override.projectId);
  if (isFunded !== (override.decision === 'unfund'))
    throw new Invalid('override.changes-nothing', 'the override would not change the outcome', [
      {
        field: 'decision',
        rule: 'changes-outcome',
        message: isFunded ? 'the project is funded already' : 'the project is not funded',
      },
    ]);
  if (override.decision === 'fund') {
    const cost = BigInt(part.projects.find((p) => p.projectId === override.projectId)!.cost);
    const spent = funded.reduce((sum, project) => sum + BigInt(project.cost), 0n);
    if (spent + cost > BigInt(part.budget))
      throw new RuleViolated(
        'override.over-budget',
        `funding it would spend ${spent + cost} of a budget of ${part.budget}: unfund another project first`,
      );
  }
  return [
    {
      type: 'OverrideRecorded',
      data: {
        tally: cycle.tallies,
        projectId: override.projectId,
        district: part.district,
        decision: override.decision,
        reason: override.reason,
        overriddenBy,
      },
    },
  ];
};

/** Results are final: the last tally with its overrides is published and the cycle moves on to results. */
export const publishResults = (cycle: Cycle, publishedBy: string): CycleEvent[] => {
  mustBeOpen(cycle);
  if (cycle.published) throw new Conflict('results.already-published', 'the results are published already');
  if (cycle.phase !== 'tally')
    throw new RuleViolated('results.not-tally-phase', 'results are published from the tally phase');
  if (!cycle.tally) throw new RuleViolated('results.no-tally', 'compute the tally before publishing it');
  return [
    { type: 'ResultsPublished', data: { tally: cycle.tallies, funded: fundedOf(cycle), publishedBy } },
    { type: 'PhaseAdvanced', data: { from: 'tally', to: 'results', advancedBy: publishedBy } },
  ];
};
