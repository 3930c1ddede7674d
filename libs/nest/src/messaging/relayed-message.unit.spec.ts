import type { RecordedEvent } from '@commonplan/event-store';
import { s } from '@commonplan/kernel';
import { publication } from '../context/integration-events';
import { publicationsByEvent, relayedMessage } from './relayed-message';

const contract = {
  context: 'council',
  type: 'MotionTabled',
  version: 2,
  schema: s.object({ motionId: s.uuid() }),
};

const event = (data: unknown, type = 'MotionTabled'): RecordedEvent => ({
  streamName: 'motion-0b5e6a4e-3c1f-4d8e-9a57-2f0a1c9d7e11',
  streamType: 'motion',
  streamPosition: 1,
  position: '1' as RecordedEvent['position'],
  eventId: '6f1c2b9e-8f44-4c1a-9d2e-3b7a5e0c4d21',
  type,
  schemaVersion: 1,
  storedSchemaVersion: 1,
  data,
  metadata: { correlationId: 'corr-7', actor: 'a6b0c0de-0000-4000-8000-000000000001' },
  recordedAt: new Date('2026-11-23T10:00:00.000Z'),
  hash: '00',
});

const tabled = publication({
  streamType: 'motion',
  eventType: 'MotionTabled',
  contract,
  payload: (e) => ({ motionId: (e.data as { motionId: string }).motionId }),
});

describe('a relayed message', () => {
  it("carries the domain event's id, stream and correlation, and the contract's type and version", () => {
    const motionId = '0b5e6a4e-3c1f-4d8e-9a57-2f0a1c9d7e11';
    expect(relayedMessage(tabled, event({ motionId, tabledBy: 'Ana Horvat' }))).toEqual({
      eventId: '6f1c2b9e-8f44-4c1a-9d2e-3b7a5e0c4d21',
      type: 'MotionTabled',
      schemaVersion: 2,
      key: 'motion-0b5e6a4e-3c1f-4d8e-9a57-2f0a1c9d7e11',
      correlationId: 'corr-7',
      occurredAt: new Date('2026-11-23T10:00:00.000Z'),
      payload: { motionId },
    });
  });

  it('is refused when the mapping returns a field the contract does not name', () => {
    const careless = publication({ ...tabled, payload: (e) => e.data as { motionId: string } });
    expect(() =>
      relayedMessage(careless, event({ motionId: '0b5e6a4e-3c1f-4d8e-9a57-2f0a1c9d7e11', tabledBy: 'Ana' })),
    ).toThrow(/payload.tabledBy is not allowed/);
  });

  it('is made only from the stream type and event type a publication names', () => {
    const find = publicationsByEvent([tabled]);
    expect(find(event({}))).toBe(tabled);
    expect(find(event({}, 'MotionWithdrawn'))).toBeUndefined();
    expect(find({ ...event({}), streamType: 'cycle' })).toBeUndefined();
  });
});
