import { payloadOf, personalDataErasedV1, residenceVerifiedV1 } from '@commonplan/contracts';
import type { RecordedEvent } from '@commonplan/event-store';
import { participantPublications } from './participant.relay';

const participantId = '0b5e6a4e-3c1f-4d8e-9a57-2f0a1c9d7e11';

const recorded = (type: string, data: object): RecordedEvent => ({
  streamName: `participant-${participantId}`,
  streamType: 'participant',
  streamPosition: 3,
  position: '3' as RecordedEvent['position'],
  eventId: '6f1c2b9e-8f44-4c1a-9d2e-3b7a5e0c4d21',
  type,
  schemaVersion: 1,
  storedSchemaVersion: 1,
  data,
  metadata: { correlationId: 'corr-1' },
  recordedAt: new Date('2026-11-23T10:00:00.000Z'),
  hash: '00',
});
const verified = (data: object): RecordedEvent => recorded('ResidenceVerified', data);

describe('what identity publishes about a participant', () => {
  const [residence, erasure] = participantPublications;

  it('is ResidenceVerified v1 and PersonalDataErased v1 from the participant stream, and nothing else', () => {
    expect(participantPublications.map((p) => [p.streamType, p.eventType, p.contract])).toEqual([
      ['participant', 'ResidenceVerified', residenceVerifiedV1],
      ['participant', 'PersonalDataErased', personalDataErasedV1],
    ]);
  });

  it('tells of an erasure by pseudonymous id alone, not who asked for it', () => {
    const payload = erasure!.payload(recorded('PersonalDataErased', { requestedBy: 'administrator' }));
    expect(payloadOf(personalDataErasedV1, payload)).toEqual({ participantId });
  });

  it('names the participant by pseudonymous id and keeps how they were verified at home', () => {
    const payload = residence!.payload(
      verified({
        method: 'in-person',
        level: 'verified',
        district: 'Trnje',
        ageBand: '30-44',
        accessCodeBatchId: null,
        verifiedBy: 'a6b0c0de-0000-4000-8000-000000000001',
      }),
    );
    expect(payloadOf(residenceVerifiedV1, payload)).toEqual({
      participantId,
      level: 'verified',
      district: 'Trnje',
      ageBand: '30-44',
    });
  });

  it('publishes a self-declaration without district or age band as such', () => {
    const payload = residence!.payload(
      verified({
        method: 'self-declaration',
        level: 'self-declared',
        district: null,
        ageBand: null,
        accessCodeBatchId: null,
        verifiedBy: null,
      }),
    );
    expect(payloadOf(residenceVerifiedV1, payload)).toEqual({
      participantId,
      level: 'self-declared',
      district: null,
      ageBand: null,
    });
  });
});
