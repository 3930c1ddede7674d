import { readIntegrationEvent } from './integration-event';
import { residenceVerifiedV1 } from './identity';

const message = {
  eventId: '6f1c2b9e-8f44-4c1a-9d2e-3b7a5e0c4d21',
  type: 'ResidenceVerified',
  schemaVersion: 1,
  key: 'participant-0b5e6a4e-3c1f-4d8e-9a57-2f0a1c9d7e11',
  correlationId: 'corr-1',
  occurredAt: new Date('2026-11-23T10:00:00.000Z'),
  payload: {
    participantId: '0b5e6a4e-3c1f-4d8e-9a57-2f0a1c9d7e11',
    level: 'verified',
    district: null,
    ageBand: '16-17',
  },
};

describe('reading an integration event off the bus', () => {
  it('gives the message typed by its contract', () => {
    expect(readIntegrationEvent(residenceVerifiedV1, message)).toEqual(message);
  });

  it('refuses another version than the contract knows', () => {
    expect(() => readIntegrationEvent(residenceVerifiedV1, { ...message, schemaVersion: 2 })).toThrow(
      'ResidenceVerified v2 is not ResidenceVerified v1',
    );
  });

  it('refuses a payload with a field the contract does not name, or without one it does', () => {
    const leaky = { ...message, payload: { ...message.payload, method: 'in-person' } };
    expect(() => readIntegrationEvent(residenceVerifiedV1, leaky)).toThrow(/payload.method is not allowed/);
    const { participantId: _, ...anonymous } = message.payload;
    expect(() => readIntegrationEvent(residenceVerifiedV1, { ...message, payload: anonymous })).toThrow(
      /payload.participantId is required/,
    );
  });
});
