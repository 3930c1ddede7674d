import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../port/event-store';

/** A TypeORM entity class: a projection names its classes, never table strings. */
export type EntityClass = new (...args: never[]) => object;

/**
 * A read model built from the log. `apply` may only write the tables of `entities`, and only through
 * `manager` (repositories, query builders): a rebuild hands it a manager whose tables carry another
 * prefix, so a table name written out by hand would hit the live table instead. It gets nothing else
 * on purpose: a projection is replayed at will, so it must have no effect beyond its rows.
 */
export interface Projection {
  /** Names the checkpoint row; changing it starts the projection over. */
  readonly name: string;
  /** The entity classes whose tables this projection alone writes; a rebuild replaces exactly these. */
  readonly entities: readonly EntityClass[];
  /** Event types `apply` is called for; others only move the checkpoint. */
  readonly handles: readonly string[];
  apply(event: RecordedEvent, manager: EntityManager): Promise<void>;
  /**
   * When given, called instead of `apply` with the handled events of a batch, in log order: for a read
   * model that can write a busy batch in one statement rather than one per event.
   */
  applyAll?(events: readonly RecordedEvent[], manager: EntityManager): Promise<void>;
}
