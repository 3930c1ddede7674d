import { LANGUAGE_TAG, s, type Infer } from '@commonplan/kernel';
import type { IntegrationEventContract } from '../integration-event';

/**
 * Consultations owes a contributor word of what became of their comment once the outcome is out
 * (issue #5, item 6): identity, which alone knows how to reach them, mails it. The words are written
 * in the contributor's language already; the contributor is named by their pseudonymous id only, so
 * no name or address ever travels on the topic.
 */
export const commentOutcomeNoticeDueV1Payload = s.object({
  participantId: s.uuid(),
  consultationId: s.uuid(),
  commentId: s.uuid(),
  /** The language `subject` and `text` are written in, for Content-Language. */
  language: s.string({ min: 2, max: 20, pattern: LANGUAGE_TAG, patternName: 'language-tag' }),
  subject: s.string({ min: 1, max: 400 }),
  text: s.string({ min: 1, max: 100_000 }),
});

export type CommentOutcomeNoticeDueV1 = Infer<typeof commentOutcomeNoticeDueV1Payload>;

export const commentOutcomeNoticeDueV1: IntegrationEventContract<
  'CommentOutcomeNoticeDue',
  CommentOutcomeNoticeDueV1
> = {
  context: 'consultations',
  type: 'CommentOutcomeNoticeDue',
  version: 1,
  schema: commentOutcomeNoticeDueV1Payload,
};
