import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  formatStreamName,
  isWrittenOutOfOrder,
  type AppendResult,
  type ExpectedVersion,
  type PostgresEventStore,
  type ReadStreamOptions,
  type SqlDatabase,
  type SqlSession,
} from '@commonplan/event-store';
import { fold, Invalid } from '@commonplan/kernel';
import type { Principal } from '../auth/principal';
import { currentRequestWrites } from '../consistency/request-writes';
import { EVENT_STORE, SQL_DATABASE } from './database.tokens';

export interface DomainEvent {
  readonly type: string;
  readonly data: unknown;
}

/** Who caused an append, as event metadata records it: a pseudonymous id and the roles acted in. */
export interface Actor {
  readonly participantId: string;
  readonly role: string;
}

/**
 * One who acts but must not be named in the log, only their role: a voter, whose ballot must stay
 * unlinkable to them (ARCHITECTURE.md §6).
 */
export interface UnnamedActor {
  readonly unnamed: true;
  readonly role: string;
}

/**
 * What a command carries besides its decision. `commandId`, chosen by the client (an Idempotency-Key),
 * makes a retried request count once: the events it appends get ids derived from it, so the store,
 * idempotent on event ids, writes nothing the second time.
 */
export interface CommandOptions {
  readonly commandId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A name-based UUID (RFC 9562 version 5): the same namespace and name always give the same id. */
export const nameBasedUuid = (namespace: string, name: string): string => {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name)
    .digest();
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/**
 * The id of the `index`th event a command appends to a stream, named under the command id: a retry
 * derives the same ids, and no two streams or positions share one.
 */
export const commandEventId = (commandId: string, streamName: string, index: number): string => {
  if (!UUID.test(commandId))
    throw new Invalid('command.invalid-id', 'a command id is a UUID', [
      { field: 'commandId', rule: 'uuid', message: 'a command id must be a UUID' },
    ]);
  return nameBasedUuid(commandId, `${streamName}/${index}`);
};

export const actorOf = (principal: Principal): Actor => ({
  participantId: principal.participantId,
  role: principal.grants.map((grant) => grant.role).join(',') || 'none',
});

/** An aggregate as a decider sees it: where it starts and how each of its events moves it. */
export interface Evolution<State, Event extends DomainEvent> {
  readonly initial: () => State;
  readonly evolve: (state: State, event: Event) => State;
}

const MAX_ATTEMPTS = 5;

/**
 * Loading, deciding and appending in a transaction, for every context's command handlers, so several
 * appends and table writes commit together. Inside `inTransaction` use only the session it hands
 * out: on PGlite the transaction holds the one session there is.
 */
@Injectable()
export class EventStreams {
  constructor(
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
  ) {}

  async read<Event extends DomainEvent>(
    type: string,
    id: string,
    session?: SqlSession,
    options?: ReadStreamOptions,
  ): Promise<readonly Event[]> {
    const name = formatStreamName({ type, id });
    const events = session
      ? await this.store.readStreamInSession(session, name, options)
      : await this.store.readStream(name, options);
    return events as unknown as Event[];
  }

  async load<State, Event extends DomainEvent>(
    type: string,
    id: string,
    evolution: Evolution<State, Event>,
    session?: SqlSession,
  ): Promise<{ state: State; version: number }> {
    const events = await this.read<Event>(type, id, session);
    return { state: fold(evolution.evolve, evolution.initial(), events), version: events.length };
  }

  /** Loads a stream, decides, and appends at the version decided on, in one transaction. */
  async change<State, Event extends DomainEvent>(
    type: string,
    id: string,
    evolution: Evolution<State, Event>,
    actor: Actor,
    decide: (state: State) => readonly Event[],
    alsoInTransaction?: (session: SqlSession) => Promise<void>,
    command: CommandOptions = {},
  ): Promise<State> {
    return this.inTransaction(async (session) => {
      const { state, version } = await this.load(type, id, evolution, session);
      const events = decide(state);
      await alsoInTransaction?.(session);
      await this.append(session, type, id, events, version === 0 ? 'no-stream' : version, actor, command);
      return fold(evolution.evolve, state, events);
    });
  }

  /** Runs `work` in a transaction, again in a new one if a stream was written out of turn meanwhile. */
  async inTransaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction(work);
      } catch (error) {
        if (attempt === MAX_ATTEMPTS || !isWrittenOutOfOrder(error)) throw error;
      }
    }
  }

  /**
   * With a command id, a retry of an append that is stored already writes nothing and returns where
   * the first one left the stream (`appended` false).
   */
  async append(
    session: SqlSession,
    type: string,
    id: string,
    events: readonly DomainEvent[],
    expected: ExpectedVersion,
    actor: Actor | UnnamedActor,
    { commandId }: CommandOptions = {},
  ): Promise<AppendResult | undefined> {
    if (events.length === 0) return undefined;
    const name = formatStreamName({ type, id });
    const correlationId = randomUUID();
    const result = await this.store.appendInSession(
      session,
      name,
      events.map((event, index) => ({
        eventId: commandId === undefined ? randomUUID() : commandEventId(commandId, name, index),
        type: event.type,
        data: event.data,
        metadata: {
          correlationId,
          ...(commandId === undefined ? {} : { commandId }),
          ...('unnamed' in actor ? {} : { actor: actor.participantId }),
          role: actor.role,
        },
      })),
      expected,
    );
    // A retry that wrote nothing still tells where the first one left the log: the client reads after it.
    currentRequestWrites()?.record(result.position);
    return result;
  }

  /**
   * Waits, inside the transaction, until every transaction that took its turn at the same stream
   * before has ended; call it before the transaction's first write. Writers of one stream that all take
   * their turn never fail on the expected version, however many arrive at once, and since a
   * transaction id is handed out at the first write, theirs follow the order of their turns too.
   * PGlite runs one transaction at a time, so there every transaction has its turn already.
   */
  async awaitTurn(session: SqlSession, type: string, id: string): Promise<void> {
    if (this.db.engine === 'pglite') return;
    await session.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      formatStreamName({ type, id }),
    ]);
  }

  /**
   * Like `holdStill`, but alone: waits until every transaction holding the stream still has ended, and
   * keeps new ones out until this one ends. For a decision that must see every write those guard.
   */
  async holdAlone(session: SqlSession, type: string, id: string): Promise<number | undefined> {
    const { rows } = await session.query<{ version: string | number }>(
      'SELECT version FROM streams WHERE stream_name = $1 FOR UPDATE',
      [formatStreamName({ type, id })],
    );
    return rows[0] === undefined ? undefined : Number(rows[0].version);
  }

  /**
   * Keeps a stream from changing until the transaction ends (an append to it waits), so a decision
   * taken on its state cannot be overtaken: a ballot, say, by the vote closing. Call it before
   * loading the stream. Tells the version it holds, so state folded at that version may be reused;
   * a stream without events has nothing to hold and no version.
   */
  async holdStill(session: SqlSession, type: string, id: string): Promise<number | undefined> {
    const { rows } = await session.query<{ version: string | number }>(
      'SELECT version FROM streams WHERE stream_name = $1 FOR SHARE',
      [formatStreamName({ type, id })],
    );
    return rows[0] === undefined ? undefined : Number(rows[0].version);
  }
}
