import { s } from '@commonplan/kernel';

/**
 * Every time staff read a participant's personal data, who read what and why, so auditors and the
 * participant can see it (ARCHITECTURE §6). One stream per participant whose data was read.
 */
export const PERSONAL_DATA_ACCESS_STREAM = 'personalDataAccess';

export const personalDataViewed = s.object({
  viewedBy: s.uuid(),
  viewerRoles: s.array(s.string({ min: 1, max: 60 })),
  fields: s.array(s.string({ min: 1, max: 40 })),
  reason: s.string({ min: 5, max: 500 }),
});

export const personalDataAccessEvents = {
  streamType: PERSONAL_DATA_ACCESS_STREAM,
  events: [{ type: 'PersonalDataViewed', version: 1, schema: personalDataViewed }],
} as const;
