import { Invalid, type Issue } from '@commonplan/kernel';
import type { IntegrationMessage, JsonValue } from './integration-message';
import type { DeadLetterCause } from './message-bus';

/**
 * A message as a broker carries it: Kafka's key, value and string headers. Every adapter writes
 * this form, the in-process one included, so a payload that would not survive Kafka (a Date, a
 * class instance, `undefined`) changes in embedded mode exactly as it would in distributed mode.
 */
export interface WireRecord {
  readonly key: string;
  readonly value: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Headers let a consumer route and deduplicate without parsing the payload. */
export const HEADERS = {
  eventId: 'event-id',
  type: 'event-type',
  schemaVersion: 'schema-version',
  correlationId: 'correlation-id',
  occurredAt: 'occurred-at',
  deadLetterTopic: 'dead-letter-topic',
  deadLetterError: 'dead-letter-error',
  deadLetterAttempts: 'dead-letter-attempts',
} as const;

export class MalformedMessage extends Invalid {
  constructor(issues: readonly Issue[]) {
    super('message.malformed', `message is malformed: ${issues.map((i) => i.message).join('; ')}`, issues);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const issuesOf = (message: IntegrationMessage): Issue[] => {
  const issues: Issue[] = [];
  const add = (field: string, rule: string, text: string): number =>
    issues.push({ field, rule, message: text });
  if (!UUID.test(message.eventId)) add('eventId', 'uuid', 'eventId must be a uuid');
  if (message.type === '') add('type', 'required', 'type is required');
  if (!Number.isSafeInteger(message.schemaVersion) || message.schemaVersion < 1)
    add('schemaVersion', 'min', 'schemaVersion must be a whole number of at least 1');
  if (message.key === '') add('key', 'required', 'key is required');
  if (message.correlationId === '') add('correlationId', 'required', 'correlationId is required');
  if (Number.isNaN(message.occurredAt.getTime()))
    add('occurredAt', 'date', 'occurredAt must be a valid date');
  return issues;
};

export const encodeMessage = (message: IntegrationMessage): WireRecord => {
  const issues = issuesOf(message);
  if (issues.length > 0) throw new MalformedMessage(issues);
  return {
    key: message.key,
    value: JSON.stringify(message.payload) ?? 'null',
    headers: {
      [HEADERS.eventId]: message.eventId,
      [HEADERS.type]: message.type,
      [HEADERS.schemaVersion]: String(message.schemaVersion),
      [HEADERS.correlationId]: message.correlationId,
      [HEADERS.occurredAt]: message.occurredAt.toISOString(),
    },
  };
};

const parsePayload = (value: string): JsonValue => {
  try {
    return JSON.parse(value) as JsonValue;
  } catch {
    throw new MalformedMessage([{ field: 'payload', rule: 'json', message: 'payload must be JSON' }]);
  }
};

const deadLetterOf = (headers: WireRecord['headers']): DeadLetterCause | undefined => {
  const topic = headers[HEADERS.deadLetterTopic];
  if (topic === undefined) return undefined;
  return {
    topic,
    error: headers[HEADERS.deadLetterError] ?? '',
    attempts: Number(headers[HEADERS.deadLetterAttempts] ?? 0),
  };
};

export interface DecodedRecord {
  readonly message: IntegrationMessage;
  readonly deadLetter?: DeadLetterCause;
}

export const decodeRecord = (record: WireRecord): DecodedRecord => {
  const header = (name: string): string => record.headers[name] ?? '';
  const message: IntegrationMessage = {
    eventId: header(HEADERS.eventId),
    type: header(HEADERS.type),
    schemaVersion: Number(header(HEADERS.schemaVersion)),
    key: record.key,
    correlationId: header(HEADERS.correlationId),
    occurredAt: new Date(header(HEADERS.occurredAt)),
    payload: parsePayload(record.value),
  };
  const issues = issuesOf(message);
  if (issues.length > 0) throw new MalformedMessage(issues);
  const deadLetter = deadLetterOf(record.headers);
  return deadLetter ? { message, deadLetter } : { message };
};

/** The record to put on the dead-letter topic: the original, untouched, plus why it failed. */
export const deadLetterRecord = (record: WireRecord, cause: DeadLetterCause): WireRecord => ({
  key: record.key,
  value: record.value,
  headers: {
    ...record.headers,
    [HEADERS.deadLetterTopic]: cause.topic,
    [HEADERS.deadLetterError]: cause.error,
    [HEADERS.deadLetterAttempts]: String(cause.attempts),
  },
});
