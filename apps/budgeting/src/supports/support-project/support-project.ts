import { ineligibilities, NotAllowed, NotFound, RuleViolated, type ResidenceFacts } from '@commonplan/kernel';
import type { Cycle } from '../../cycles/cycle';
import type { Project } from '../../projects/project';
import type { Supports } from '../supports';
import type { SupportsEvent } from '../supports.events';

export interface ProjectToSupport {
  readonly id: string;
  readonly state: Project;
}

export interface Supporter {
  readonly participantId: string;
  /** What the voter roll knows of them: supporting asks what voting asks. */
  readonly facts: ResidenceFacts;
}

/** The project of the cycle it was loaded with, and the cycle in its supports phase. */
const mustTakeSupports = (cycle: Cycle, project: ProjectToSupport): void => {
  if (!project.state.proposed) throw new NotFound('project.not-found', 'no such project');
  if (!cycle.opened) throw new NotFound('cycle.not-found', 'no such cycle');
  if (cycle.phase !== 'supports')
    throw new RuleViolated(
      'support.outside-supports-phase',
      cycle.withSupports
        ? 'projects can be supported or unsupported only during the cycle’s supports phase'
        : 'this cycle has no supports phase',
      { phase: cycle.phase },
    );
};

/**
 * An eligible resident supports a project in the supports phase, as in Decidim: by the same rules
 * that would let them vote, so the counts officers weigh in the feasibility review come from people
 * who could vote. Supporting twice changes nothing: one support per resident per project, and on a
 * flaky line a request is often sent again.
 */
export const supportProject = (
  supports: Supports,
  cycle: Cycle,
  project: ProjectToSupport,
  supporter: Supporter,
): SupportsEvent[] => {
  mustTakeSupports(cycle, project);
  if (project.state.mergedInto)
    throw new RuleViolated('project.merged-away', 'this project was merged into another: support that one', {
      mergedInto: project.state.mergedInto,
    });
  const reasons = cycle.eligibility ? ineligibilities(cycle.eligibility, supporter.facts) : [];
  if (reasons.length > 0)
    throw new NotAllowed(
      'support.not-eligible',
      `this cycle's rules do not let you support projects: ${reasons.join(', ')}`,
      { reasons },
    );
  if (supports.supported.has(project.id)) return [];
  return [
    {
      type: 'ProjectSupported',
      data: {
        cycleId: project.state.cycleId!,
        projectId: project.id,
        participantId: supporter.participantId,
      },
    },
  ];
};

/**
 * Withdrawn only while supports are still being gathered: once the phase is over, officers review
 * feasibility with the counts as they stood. Withdrawing what is not supported changes nothing.
 */
export const withdrawSupport = (
  supports: Supports,
  cycle: Cycle,
  project: ProjectToSupport,
  participantId: string,
): SupportsEvent[] => {
  mustTakeSupports(cycle, project);
  if (!supports.supported.has(project.id)) return [];
  return [
    {
      type: 'SupportWithdrawn',
      data: { cycleId: project.state.cycleId!, projectId: project.id, participantId },
    },
  ];
};
