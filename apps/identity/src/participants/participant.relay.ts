import { personalDataErasedV1, residenceVerifiedV1 } from '@commonplan/contracts';
import { parseStreamName, type RecordedEvent } from '@commonplan/event-store';
import type { Infer } from '@commonplan/kernel';
import { publication, type Publication } from '@commonplan/nest';
import { PARTICIPANT_STREAM, type residenceVerified } from './participant.events';

/**
 * What identity tells the other contexts about participants: where their residence was verified,
 * for eligibility, and that their personal data was erased, so the others forget it too. The method, the access-code batch and the verifying officer stay here: with a
 * booth's date and place they could point to a person (ARCHITECTURE.md §6).
 */
export const participantPublications: readonly Publication[] = [
  publication({
    streamType: PARTICIPANT_STREAM,
    eventType: 'ResidenceVerified',
    contract: residenceVerifiedV1,
    payload: (event: RecordedEvent) => {
      const data = event.data as Infer<typeof residenceVerified>;
      return {
        participantId: parseStreamName(event.streamName).id,
        level: data.level,
        district: data.district,
        ageBand: data.ageBand,
      };
    },
  }),
  publication({
    streamType: PARTICIPANT_STREAM,
    eventType: 'PersonalDataErased',
    contract: personalDataErasedV1,
    payload: (event: RecordedEvent) => ({ participantId: parseStreamName(event.streamName).id }),
  }),
];
