import { commentOutcomeNoticeDueV1 } from '@commonplan/contracts';
import { parseStreamName, type RecordedEvent } from '@commonplan/event-store';
import { publication, type Publication } from '@commonplan/nest';
import { OUTCOME_NOTICES_STREAM, type OutcomeNoticeIssued } from './outcome-notice.events';

/**
 * What consultations tells the other contexts: each notice owed to a contributor, for identity to
 * mail. The contributor is named by their pseudonymous id; identity alone knows how to reach them.
 */
export const outcomeNoticePublications: readonly Publication[] = [
  publication({
    streamType: OUTCOME_NOTICES_STREAM,
    eventType: 'OutcomeNoticeIssued',
    contract: commentOutcomeNoticeDueV1,
    payload: (event: RecordedEvent) => {
      const { commentId, participantId, language, subject, text } = event.data as OutcomeNoticeIssued;
      return {
        participantId,
        consultationId: parseStreamName(event.streamName).id,
        commentId,
        language,
        subject,
        text,
      };
    },
  }),
];
