import { LANGUAGE_TAG, s, type Infer } from '@commonplan/kernel';

/**
 * The notices a consultation's outcome sent its contributors, one stream per consultation: what the
 * city told each contributor about each comment, word for word, so it can be shown later what was said.
 */
export const OUTCOME_NOTICES_STREAM = 'outcomeNotices';

export const outcomeNoticeIssued = s.object({
  commentId: s.uuid(),
  participantId: s.uuid(),
  language: s.string({ min: 2, max: 20, pattern: LANGUAGE_TAG, patternName: 'language-tag' }),
  subject: s.string({ min: 1, max: 400 }),
  text: s.string({ min: 1, max: 100_000 }),
});

export type OutcomeNoticeIssued = Infer<typeof outcomeNoticeIssued>;

export type OutcomeNoticeEvent = { readonly type: 'OutcomeNoticeIssued'; readonly data: OutcomeNoticeIssued };

export const outcomeNoticeEvents = {
  streamType: OUTCOME_NOTICES_STREAM,
  events: [{ type: 'OutcomeNoticeIssued', version: 1, schema: outcomeNoticeIssued }],
} as const;
