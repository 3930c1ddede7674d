import type { RecordedEvent } from '../port/event-store';

/**
 * Something done in the world because an event happened: a mail sent, a message published. It runs
 * at least once per event (again after a crash before its checkpoint was saved), so whoever receives
 * the effect deduplicates by event id. Rebuilding a projection never runs a reactor.
 */
export interface Reactor {
  /** Names the reactor's durable subscription, `reactor:<name>`; changing it starts over from the first event. */
  readonly name: string;
  /** Event types `react` is called for; others only move the checkpoint. */
  readonly handles: readonly string[];
  react(event: RecordedEvent): Promise<void>;
}

export interface ReactorFailure {
  readonly reactor: string;
  /** Absent when reading the log or saving the checkpoint failed rather than `react`. */
  readonly event?: RecordedEvent;
  /** How many times in a row `react` has now failed for this event. */
  readonly attempt?: number;
}
