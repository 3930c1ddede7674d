import { fold, NotFound, RuleViolated } from '@commonplan/kernel';
import { initialProject } from '../projects/project';
import { CYCLE, OFFICER, projectOf } from '../projects/project.fixture';
import { followProject, unfollowProject } from './follow-project';
import { evolveProjectFollowing, initialProjectFollowing, type ProjectFollowing } from './project-following';
import type { ProjectFollowingEvent } from './project-following.events';

const PROJECT = '11111111-1111-4111-8111-111111111111';
const RESIDENT = '9a8b7c6d-5e4f-4321-9876-543210fedcba';
const project = { id: PROJECT, state: projectOf() };
const followingAfter = (...events: ProjectFollowingEvent[]): ProjectFollowing =>
  fold(evolveProjectFollowing, initialProjectFollowing(), events);
const followed: ProjectFollowingEvent = {
  type: 'ProjectFollowed',
  data: { projectId: PROJECT, participantId: RESIDENT },
};

describe('following a project', () => {
  it('is an opt-in of the participant, by pseudonymous id, and asking twice changes nothing', () => {
    expect(initialProjectFollowing().followed.size).toBe(0);
    expect(followProject(initialProjectFollowing(), project, RESIDENT)).toEqual([followed]);
    expect(followProject(followingAfter(followed), project, RESIDENT)).toEqual([]);
  });

  it('stops on unfollowing, which changes nothing for a project not followed', () => {
    const unfollowed = unfollowProject(followingAfter(followed), PROJECT, RESIDENT);
    expect(unfollowed).toEqual([
      { type: 'ProjectUnfollowed', data: { projectId: PROJECT, participantId: RESIDENT } },
    ]);
    expect(followingAfter(followed, ...unfollowed).followed.has(PROJECT)).toBe(false);
    expect(unfollowProject(followingAfter(), PROJECT, RESIDENT)).toEqual([]);
  });

  it('needs a project that exists and was not merged away', () => {
    expect(() =>
      followProject(initialProjectFollowing(), { id: PROJECT, state: initialProject() }, RESIDENT),
    ).toThrow(NotFound);
    const merged = projectOf({ type: 'ProjectMergedInto', data: { into: CYCLE, mergedBy: OFFICER } });
    expect(() => followProject(initialProjectFollowing(), { id: PROJECT, state: merged }, RESIDENT)).toThrow(
      RuleViolated,
    );
  });
});
