import { randomUUID } from 'node:crypto';
import { s } from '@commonplan/kernel';
import { EventCatalog } from '../port/catalog';
import type { EventMetadata, EventStore, NewEvent, RecordedEvent } from '../port/event-store';
import { comparePositions, type Position } from '../port/position';

/** Knobs a backend may honour; a push-based backend (KurrentDB) has no poll and ignores it. */
export interface ContractTuning {
  readonly pollIntervalMs?: number;
}

/** An event as an older release stored it: written past the catalog, at the schema version given. */
export interface LegacyEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

export interface StoredCounts {
  readonly streams: number;
  readonly events: number;
}

/** One empty backend for the whole suite. Tests keep apart by writing to streams of their own. */
export interface ContractBackend {
  /** A store over this backend; the suite opens more than one, with different tuning. */
  openStore(tuning?: ContractTuning): EventStore;
  writeLegacyEvent(streamName: string, event: LegacyEvent): Promise<void>;
  /** What the backend holds, to show that a refused append left nothing behind. */
  countStored(): Promise<StoredCounts>;
  /** Closes every store it opened, then the backend. */
  close(): Promise<void>;
}

export type OpenBackend = (catalog: EventCatalog) => Promise<ContractBackend>;

/** What every part of the suite shares; filled in by the suite's `beforeAll`. */
export interface ContractSuite {
  backend: ContractBackend;
  store: EventStore;
  /** The head read before anything was written. */
  initialHead: Position;
}

/** Motions moved from v1 to v2 (a language was added), so reading v1 rows exercises an upcaster. */
export const contractCatalog = (): EventCatalog =>
  new EventCatalog([
    {
      streamType: 'motion',
      events: [
        {
          type: 'MotionTabled',
          version: 2,
          schema: s.object({ title: s.string({ min: 1 }), language: s.string() }),
        },
        { type: 'MotionAmended', version: 1, schema: s.object({ text: s.string() }) },
      ],
      upcasters: [
        {
          type: 'MotionTabled',
          fromVersion: 1,
          upcast: (data) => ({ ...(data as object), language: 'de' }),
        },
      ],
    },
    {
      streamType: 'ballot',
      events: [{ type: 'BallotCast', version: 1, schema: s.object({ choice: s.oneOf('yes', 'no') }) }],
    },
  ]);

export const motionStream = (): string => `motion-${randomUUID()}`;
export const ballotStream = (): string => `ballot-${randomUUID()}`;

export const metadata = (overrides: Partial<EventMetadata> = {}): EventMetadata => ({
  correlationId: randomUUID(),
  ...overrides,
});

export const amended = (text: string, overrides: Partial<NewEvent> = {}): NewEvent => ({
  eventId: randomUUID(),
  type: 'MotionAmended',
  data: { text },
  metadata: metadata(),
  ...overrides,
});

export const tabled = (title: string): NewEvent => ({
  eventId: randomUUID(),
  type: 'MotionTabled',
  data: { title, language: 'en' },
  metadata: metadata(),
});

/** The error a promise rejects with; fails the test if it resolves. */
export const failureOf = (attempt: Promise<unknown>): Promise<unknown> =>
  attempt.then(
    () => {
      throw new Error('expected a failure, but the call succeeded');
    },
    (error: unknown) => error,
  );

export const eventually = async (check: () => boolean, timeoutMs = 10_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

/** A batch handler that keeps what it is given. */
export const collector = (): {
  readonly seen: RecordedEvent[];
  readonly handle: (events: readonly RecordedEvent[]) => Promise<void>;
} => {
  const seen: RecordedEvent[] = [];
  return { seen, handle: async (events) => void seen.push(...events) };
};

export const ofStream = (events: readonly RecordedEvent[], streamName: string): RecordedEvent[] =>
  events.filter((event) => event.streamName === streamName);

/**
 * Waits until `position` is settled. A backend may hold back the newest commits while an older
 * transaction is still open (PostgreSQL does, even for a transaction in another database of the server).
 */
export const untilSettled = async (store: EventStore, position: Position): Promise<void> => {
  const deadline = Date.now() + 10_000;
  while (comparePositions(await store.head(), position) < 0) {
    if (Date.now() > deadline) throw new Error(`position ${position} did not settle within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};
