import { Invalid, NotFound, RuleViolated, type Issue } from '@commonplan/kernel';
import type { Cycle } from '../cycles/cycle';
import type { Project } from './project';
import type { ImplementationUpdated, ProjectEvent } from './project.events';

export type ImplementationUpdate = Omit<ImplementationUpdated, 'updatedBy'>;

/**
 * A city's date and the server's UTC date differ by up to a day around midnight: a milestone reached
 * "today" in Auckland is tomorrow in UTC. One day of slack keeps that from being refused.
 */
const DAY_MS = 86_400_000;

const issuesOf = (update: ImplementationUpdate, now: Date): Issue[] => {
  const issues: Issue[] = [];
  if (!Number.isInteger(update.progress) || update.progress < 0 || update.progress > 100)
    issues.push({
      field: 'progress',
      rule: 'percent',
      message: 'progress is a whole percentage from 0 to 100',
    });
  if (update.status === 'completed' && update.progress !== 100)
    issues.push({
      field: 'progress',
      rule: 'completed-is-100',
      message: 'a completed project is 100% done',
    });
  update.milestones.forEach((milestone, index) => {
    const field = `milestones.${index}.reachedOn`;
    if (milestone.reachedOn !== null && Date.parse(milestone.reachedOn) > now.getTime() + DAY_MS)
      issues.push({ field, rule: 'not-in-future', message: 'a milestone is reached on a day that has come' });
    if (update.status === 'completed' && milestone.reachedOn === null)
      issues.push({
        field,
        rule: 'completed-reaches-all',
        message: 'a completed project has reached every milestone',
      });
  });
  return issues;
};

/**
 * An officer reports where a funded project stands. Only in the cycle's implementation phase: before
 * it the results may still change, and a project's delivery is told in one place, once it is real.
 */
export const updateImplementation = (
  project: Project,
  cycle: Cycle,
  update: ImplementationUpdate,
  updatedBy: string,
  now: Date,
): ProjectEvent[] => {
  if (!project.proposed) throw new NotFound('project.not-found', 'no such project');
  if (!project.funded)
    throw new RuleViolated('project.not-funded', 'only funded projects get implementation updates');
  if (cycle.phase !== 'implementation')
    throw new RuleViolated(
      'cycle.not-in-implementation',
      'implementation updates are given in the cycle’s implementation phase',
    );
  // A cancelled project stays cancelled: funding it again is a new proposal in a new cycle.
  if (project.implementation?.status === 'cancelled')
    throw new RuleViolated(
      'implementation.cancelled',
      'this project was cancelled; it takes no more updates',
    );
  const issues = issuesOf(update, now);
  if (issues.length > 0)
    throw new Invalid('implementation.invalid-update', 'the update does not hold together', issues);
  return [{ type: 'ImplementationUpdated', data: { ...update, updatedBy } }];
};
