import { NotFound, RuleViolated } from '@commonplan/kernel';
import type { Project } from '../projects/project';
import type { ProjectFollowing } from './project-following';
import type { ProjectFollowingEvent } from './project-following.events';

/**
 * A participant opts in to a project's implementation updates. Asking twice changes nothing: on a
 * cheap phone with a flaky line a request is often sent again.
 */
export const followProject = (
  following: ProjectFollowing,
  project: { readonly id: string; readonly state: Project },
  participantId: string,
): ProjectFollowingEvent[] => {
  if (!project.state.proposed) throw new NotFound('project.not-found', 'no such project');
  if (project.state.mergedInto)
    throw new RuleViolated('project.merged-away', 'this project was merged into another: follow that one', {
      mergedInto: project.state.mergedInto,
    });
  if (following.followed.has(project.id)) return [];
  return [{ type: 'ProjectFollowed', data: { projectId: project.id, participantId } }];
};

/** Stops the updates from now on; what was already delivered stays in the participant's inbox. */
export const unfollowProject = (
  following: ProjectFollowing,
  projectId: string,
  participantId: string,
): ProjectFollowingEvent[] =>
  following.followed.has(projectId)
    ? [{ type: 'ProjectUnfollowed', data: { projectId, participantId } }]
    : [];
