import type { Cycle } from '../cycles/cycle';
import type { TallyPart } from '../cycles/cycle-results.events';
import { fundedOf } from '../cycles/cycle-tally.decisions';

type Digits = { readonly numerator: string; readonly denominator: string };

/** A share as exact minor units, with the whole minor units below it for people to read. */
const shareOf = (amount: Digits) => ({
  ...amount,
  minorUnits: (BigInt(amount.numerator) / BigInt(amount.denominator)).toString(),
});

const projectsOf = (cycle: Cycle, part: TallyPart) => {
  const funded = new Set(fundedOf(cycle).map((project) => project.projectId));
  const payments = new Map(part.equalShares?.payments.map((payment) => [payment.projectId, payment]));
  const overrides = new Map(cycle.overrides.map((override) => [override.projectId, override]));
  return part.projects
    .map((project) => {
      const payment = payments.get(project.projectId);
      const override = overrides.get(project.projectId);
      return {
        ...project,
        selectedByTally: part.selected.includes(project.projectId),
        funded: funded.has(project.projectId),
        override: override ? { decision: override.decision, reason: override.reason } : null,
        supporterShares: payment
          ? {
              share: shareOf(payment.share),
              fullShares: payment.fullShares,
              partialShares: payment.partialShares,
              paidByPartial: shareOf(payment.paidByPartial),
            }
          : null,
      };
    })
    .sort((a, b) => b.score - a.score || (a.projectId < b.projectId ? -1 : 1));
};

/**
 * Results as the public sees them once published (and officers before): per part every project
 * with its votes, score, cost and whether it is funded; the tally's own selection and any override,
 * with its reason, side by side, so an override is never mistaken for the count.
 */
export const resultsOf = (cycleId: string, cycle: Cycle) => {
  const tally = cycle.tally!;
  const funded = fundedOf(cycle);
  return {
    cycleId,
    published: cycle.published !== undefined,
    currency: cycle.currency,
    tallyRule: tally.tallyRule,
    tieBreak: tally.tieBreak,
    ballots: tally.ballots,
    position: tally.position,
    checkpoint: tally.checkpoint,
    parts: tally.parts.map((part) => ({
      district: part.district,
      budget: part.budget,
      ballots: part.ballots,
      totalCostByTally: part.totalCost,
      totalCostFunded: funded
        .filter((project) => project.district === part.district)
        .reduce((sum, project) => sum + BigInt(project.cost), 0n)
        .toString(),
      voterBudget: part.equalShares ? shareOf(part.equalShares.voterBudget) : null,
      addOneRaises: part.equalShares?.raises ?? null,
      projects: projectsOf(cycle, part),
    })),
    overrides: cycle.overrides.map(({ projectId, district, decision, reason }) => ({
      projectId,
      district,
      decision,
      reason,
    })),
  };
};
