import { Conflict, Invalid, NotFound, StaleVersion, type Issue } from '@commonplan/kernel';
import type { ExpectedVersion } from './event-store';

export class WrongExpectedVersion extends StaleVersion {
  constructor(
    readonly streamName: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(
      'stream.wrong-expected-version',
      `stream ${streamName} is at version ${actual}, expected ${String(expected)}`,
      { streamName, expected, actual },
    );
  }
}

/** The same event id was already written with other content or to another stream: not a safe retry. */
export class EventIdReused extends Conflict {
  constructor(readonly eventId: string) {
    super('event.id-reused', `event id ${eventId} was already used for a different event`, { eventId });
  }
}

export class UnknownStreamType extends Invalid {
  constructor(readonly streamType: string) {
    super('stream.unknown-type', `no stream type "${streamType}" is registered`, [
      { field: 'streamType', rule: 'registered', message: `stream type "${streamType}" is not registered` },
    ]);
  }
}

export class UnknownEventType extends Invalid {
  constructor(
    readonly streamType: string,
    readonly eventType: string,
    readonly schemaVersion?: number,
  ) {
    const what = schemaVersion === undefined ? eventType : `${eventType} v${schemaVersion}`;
    super('event.unknown-type', `stream type "${streamType}" has no event ${what}`, [
      { field: 'type', rule: 'registered', message: `event ${what} is not registered for ${streamType}` },
    ]);
  }
}

export class EventSchemaViolation extends Invalid {
  constructor(eventType: string, issues: readonly Issue[]) {
    super('event.schema-violation', `${eventType} does not match its schema`, issues);
  }
}

export class PositionOutOfRange extends Invalid {
  constructor(field: string, message: string) {
    super('position.out-of-range', message, [{ field, rule: 'range', message }]);
  }
}

export class StreamNotFound extends NotFound {
  constructor(readonly streamName: string) {
    super('stream.not-found', `stream ${streamName} does not exist`, { streamName });
  }
}
