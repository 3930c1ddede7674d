import { contextTopic, deadLetterTopic } from './topics';
import { decodeRecord, deadLetterRecord, encodeMessage, HEADERS, MalformedMessage } from './wire-record';

const message = {
  eventId: '0b5e6a4e-3c1f-4d8e-9a57-2f0a1c9d7e11',
  type: 'CommentAnswered',
  schemaVersion: 2,
  key: 'comment-42',
  correlationId: 'corr-1',
  occurredAt: new Date('2026-11-23T09:30:00.000Z'),
  payload: { status: 'adopted', measures: [12, 14] },
};

describe('the wire form of a message', () => {
  it('puts routing and deduplication facts in headers and the payload in the value', () => {
    expect(encodeMessage(message)).toEqual({
      key: 'comment-42',
      value: '{"status":"adopted","measures":[12,14]}',
      headers: {
        'event-id': message.eventId,
        'event-type': 'CommentAnswered',
        'schema-version': '2',
        'correlation-id': 'corr-1',
        'occurred-at': '2026-11-23T09:30:00.000Z',
      },
    });
  });

  it('reads back what it wrote', () => {
    expect(decodeRecord(encodeMessage(message))).toEqual({ message });
  });

  it('adds the cause to a dead letter and reads it back', () => {
    const cause = { topic: contextTopic('consultations'), error: 'TypeError: x is undefined', attempts: 5 };
    expect(decodeRecord(deadLetterRecord(encodeMessage(message), cause))).toEqual({
      message,
      deadLetter: cause,
    });
  });

  it('names every broken field of a malformed record', () => {
    const record = encodeMessage(message);
    const broken = {
      ...record,
      value: '{',
      headers: { ...record.headers, [HEADERS.eventId]: 'x', [HEADERS.schemaVersion]: 'two' },
    };
    expect(() => decodeRecord(broken)).toThrow(MalformedMessage);
    expect(() => decodeRecord({ ...record, headers: { ...record.headers, [HEADERS.eventId]: 'x' } })).toThrow(
      /eventId must be a uuid/,
    );
  });
});

describe('topic names', () => {
  it('name one topic per context and contract version, and its dead letters', () => {
    expect(contextTopic('budgeting')).toBe('commonplan.budgeting.v1');
    expect(contextTopic('budgeting', 2)).toBe('commonplan.budgeting.v2');
    expect(deadLetterTopic('commonplan.budgeting.v1')).toBe('commonplan.budgeting.v1.dlq');
  });

  it('refuse names a broker would mangle', () => {
    expect(() => contextTopic('Budgeting.v1')).toThrow(/not a context name/);
    expect(() => contextTopic('council', 0)).toThrow(/positive whole number/);
  });
});
