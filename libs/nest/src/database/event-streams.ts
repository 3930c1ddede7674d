import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  formatStreamName,
  isWrittenOutOfOrder,
  type ExpectedVersion,
  type PostgresEventStore,
  type SqlDatabase,
  type SqlSession,
} from '@commonplan/event-store';
import { fold } from '@commonplan/kernel';
import type { Principal } from '../auth/principal';
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
  ): Promise<readonly Event[]> {
    const name = formatStreamName({ type, id });
    const events = session
      ? await this.store.readStreamInSession(session, name)
      : await this.store.readStream(name);
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
  ): Promise<State> {
    return this.inTransaction(async (session) => {
      const { state, version } = await this.load(type, id, evolution, session);
      const events = decide(state);
      await alsoInTransaction?.(session);
      await this.append(session, type, id, events, version === 0 ? 'no-stream' : version, actor);
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

  async append(
    session: SqlSession,
    type: string,
    id: string,
    events: readonly DomainEvent[],
    expected: ExpectedVersion,
    actor: Actor,
  ): Promise<void> {
    if (events.length === 0) return;
    const correlationId = randomUUID();
    await this.store.appendInSession(
      session,
      formatStreamName({ type, id }),
      events.map((event) => ({
        eventId: randomUUID(),
        type: event.type,
        data: event.data,
        metadata: { correlationId, actor: actor.participantId, role: actor.role },
      })),
      expected,
    );
  }
}
