import { s, type Infer } from '@commonplan/kernel';

/**
 * The projects one participant chose to follow, in a stream of their own (id: their pseudonymous
 * participant id). Following is never read from ballots, which cannot be traced to a voter: a
 * resident opts in here, and nobody follows anything by default.
 */
export const PROJECT_FOLLOWING_STREAM = 'projectFollowing';

export const projectFollowed = s.object({ projectId: s.uuid(), participantId: s.uuid() });
export const projectUnfollowed = s.object({ projectId: s.uuid(), participantId: s.uuid() });

export type ProjectFollowingEvent =
  | { readonly type: 'ProjectFollowed'; readonly data: Infer<typeof projectFollowed> }
  | { readonly type: 'ProjectUnfollowed'; readonly data: Infer<typeof projectUnfollowed> };

export const projectFollowingEvents = {
  streamType: PROJECT_FOLLOWING_STREAM,
  events: [
    { type: 'ProjectFollowed', version: 1, schema: projectFollowed },
    { type: 'ProjectUnfollowed', version: 1, schema: projectUnfollowed },
  ],
} as const;
