import type { ProjectFollowingEvent } from './project-following.events';

export interface ProjectFollowing {
  readonly followed: ReadonlySet<string>;
}

export const initialProjectFollowing = (): ProjectFollowing => ({ followed: new Set() });

export const evolveProjectFollowing = (
  state: ProjectFollowing,
  event: ProjectFollowingEvent,
): ProjectFollowing => {
  const followed = new Set(state.followed);
  if (event.type === 'ProjectFollowed') followed.add(event.data.projectId);
  else followed.delete(event.data.projectId);
  return { followed };
};
