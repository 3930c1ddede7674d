import { Invalid, NotFound, RuleViolated } from '@commonplan/kernel';
import { reached, type Cycle } from '../cycles/cycle';
import type { Project } from './project';
import type { ProjectEvent, ProjectProposed } from './project.events';

const mustExist = (project: Project): void => {
  if (!project.proposed) throw new NotFound('project.not-found', 'no such project');
};

/** Before voting a project may still change; once ballots name it, it stays as voted on. */
const mustBeBeforeVoting = (cycle: Cycle): void => {
  if (reached(cycle, 'voting'))
    throw new RuleViolated('project.voting-opened', 'projects cannot change once voting has opened');
};

export const proposeProject = (project: Project, cycle: Cycle, proposal: ProjectProposed): ProjectEvent[] => {
  if (project.proposed) throw new RuleViolated('project.already-proposed', 'this project exists already');
  if (!cycle.opened) throw new NotFound('cycle.not-found', 'no such cycle');
  if (cycle.phase !== 'proposals')
    throw new RuleViolated(
      'cycle.not-taking-proposals',
      'this cycle takes proposals only in its proposals phase',
    );
  if (proposal.district !== null && !cycle.districts.has(proposal.district))
    throw new Invalid('project.unknown-district', `the cycle has no district ${proposal.district}`, [
      { field: 'district', rule: 'cycle-district', message: 'district must be one of the cycle’s districts' },
    ]);
  return [{ type: 'ProjectProposed', data: proposal }];
};

export type Assessment =
  | { readonly feasible: true; readonly finalCost: bigint }
  | {
      readonly feasible: false;
      readonly reason: { readonly original: string; readonly texts: Record<string, string> };
    };

export const assessFeasibility = (
  project: Project,
  cycle: Cycle,
  assessment: Assessment,
  assessedBy: string,
): ProjectEvent[] => {
  mustExist(project);
  mustBeBeforeVoting(cycle);
  if (assessment.feasible && assessment.finalCost <= 0n)
    throw new Invalid('project.invalid-cost', 'a feasible project has a final cost', [
      { field: 'finalCost', rule: 'min', message: 'finalCost must be more than 0' },
    ]);
  return [
    {
      type: 'FeasibilityAssessed',
      data: assessment.feasible
        ? { feasible: true, finalCost: assessment.finalCost.toString(), reason: null, assessedBy }
        : { feasible: false, finalCost: null, reason: assessment.reason, assessedBy },
    },
  ];
};

/** Both histories are kept: the merged project says where it went, the other what it took in. */
export const mergeProjects = (
  from: { readonly id: string; readonly state: Project },
  into: { readonly id: string; readonly state: Project },
  cycle: Cycle,
  mergedBy: string,
): { readonly from: ProjectEvent[]; readonly into: ProjectEvent[] } => {
  mustExist(from.state);
  mustExist(into.state);
  mustBeBeforeVoting(cycle);
  if (from.id === into.id)
    throw new RuleViolated('project.merge-itself', 'a project cannot be merged into itself');
  if (from.state.cycleId !== into.state.cycleId)
    throw new RuleViolated('project.other-cycle', 'only projects of one cycle can be merged');
  if (from.state.mergedInto || into.state.mergedInto)
    throw new RuleViolated('project.already-merged', 'a project merged away cannot be merged again');
  return {
    from: [{ type: 'ProjectMergedInto', data: { into: into.id, mergedBy } }],
    into: [{ type: 'ProjectAbsorbed', data: { from: from.id, mergedBy } }],
  };
};
