import type { KafkaMessage } from 'kafkajs';
import { encodeMessage } from '../port/wire-record';
import { fromKafkaMessage, toKafkaMessage } from './kafka-records';

const read = (fields: Partial<KafkaMessage>): KafkaMessage =>
  ({
    offset: '0',
    timestamp: '0',
    attributes: 0,
    size: 0,
    key: null,
    value: null,
    ...fields,
  }) as KafkaMessage;

describe('kafka records', () => {
  it('read back, as the shared wire form, what the bus sends', () => {
    const record = encodeMessage({
      eventId: '0b5e6a4e-3c1f-4d8e-9a57-2f0a1c9d7e11',
      type: 'MotionTabled',
      schemaVersion: 1,
      key: 'motion-7',
      correlationId: 'corr-1',
      occurredAt: new Date('2026-11-23T09:30:00.000Z'),
      payload: { title: 'Öffnungszeiten' },
    });
    const sent = toKafkaMessage(record);
    const headers = Object.fromEntries(
      Object.entries(sent.headers!).map(([name, value]) => [name, Buffer.from(String(value))]),
    );
    const received = read({
      key: Buffer.from(String(sent.key)),
      value: Buffer.from(String(sent.value)),
      headers,
    });
    expect(fromKafkaMessage(received)).toEqual(record);
  });

  it('take the first of repeated headers and leave out empty ones', () => {
    const received = read({
      key: Buffer.from('plan-1'),
      value: Buffer.from('{}'),
      headers: { 'event-type': [Buffer.from('A'), Buffer.from('B')], 'event-id': undefined },
    });
    expect(fromKafkaMessage(received).headers).toEqual({ 'event-type': 'A' });
  });

  it('read a record without key or value as empty, for decoding to refuse', () => {
    expect(fromKafkaMessage(read({}))).toEqual({ key: '', value: '', headers: {} });
  });
});
