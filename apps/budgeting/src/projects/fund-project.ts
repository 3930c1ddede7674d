import { Conflict, Invalid, NotFound, RuleViolated } from '@commonplan/kernel';
import { reached, type Cycle } from '../cycles/cycle';
import type { Funding, Project } from './project';
import type { ProjectEvent } from './project.events';

/**
 * Records that a project is funded, when results are published: for each project the tally selected
 * and each one an officer's override added. Called inside the publication transaction, possibly
 * again on a retry, so funding a project again exactly as before decides nothing new.
 */
export const fundProject = (project: Project, cycle: Cycle, funding: Funding): ProjectEvent[] => {
  if (!project.proposed) throw new NotFound('project.not-found', 'no such project');
  if (!cycle.opened) throw new NotFound('cycle.not-found', 'no such cycle');
  if (project.cycleId !== funding.cycleId)
    throw new RuleViolated('project.other-cycle', 'a project is funded only by the cycle it was proposed in');
  if (!reached(cycle, 'tally'))
    throw new RuleViolated('cycle.not-tallied', 'projects are funded only once the vote has been counted');
  if (project.mergedInto)
    throw new RuleViolated('project.merged-away', 'a project merged into another is funded as that one', {
      mergedInto: project.mergedInto,
    });
  if (project.feasibility === 'not-feasible')
    throw new RuleViolated('project.not-feasible', 'a project assessed not feasible cannot be funded');
  if (funding.amount <= 0n)
    throw new Invalid('project.invalid-funding', 'a funded project is funded with some money', [
      { field: 'amount', rule: 'min', message: 'amount must be more than 0' },
    ]);
  if (project.funded) {
    const same = project.funded.amount === funding.amount && project.funded.by === funding.by;
    if (same) return [];
    throw new Conflict('project.already-funded', 'this project is funded already, on other terms');
  }
  return [
    {
      type: 'ProjectFunded',
      data: { cycleId: funding.cycleId, amount: funding.amount.toString(), by: funding.by },
    },
  ];
};
