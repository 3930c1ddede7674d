import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  formatStreamName,
  isWrittenOutOfOrder,
  type PostgresEventStore,
  type ExpectedVersion,
  type SqlDatabase,
  type SqlSession,
} from '@commonplan/event-store';
import { EVENT_STORE, SQL_DATABASE, type Principal } from '@commonplan/nest';
import { fold } from '@commonplan/kernel';
import { evolveParticipant, initialParticipant, type Participant } from './participants/participant';
import { PARTICIPANT_STREAM, type ParticipantEvent } from './participants/participant.events';

export interface DomainEvent {
  readonly type: string;
  readonly data: unknown;
}

/** Who caused an append: a signed-in principal, or the participant a sign-in is creating. */
export interface Actor {
  readonly participantId: string;
  readonly role: string;
}

export const actorOf = (principal: Principal): Actor => ({
  participantId: principal.participantId,
  role: principal.grants.map((grant) => grant.role).join(',') || 'none',
});

const MAX_ATTEMPTS = 5;

/**
 * Loading and appending identity's streams, and running several appends and table writes in one
 * transaction, so a sign-in that redeems a code and registers a participant does both or neither.
 */
@Injectable()
export class IdentityStreams {
  constructor(
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
  ) {}

  /**
   * Inside a transaction (`session` given) the stream is read through it, so the events it appended
   * itself are seen; on PGlite, whose one session the transaction holds, it is the only way.
   */
  async participant(
    participantId: string,
    session?: SqlSession,
  ): Promise<{ state: Participant; version: number }> {
    const events = await this.read<ParticipantEvent & DomainEvent>(
      PARTICIPANT_STREAM,
      participantId,
      session,
    );
    const state = fold(evolveParticipant, initialParticipant(), events as unknown as ParticipantEvent[]);
    return { state, version: events.length };
  }

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

  /** Loads a participant, decides, and appends at the version decided on, in one transaction. */
  async changeParticipant(
    participantId: string,
    actor: Actor,
    decide: (state: Participant) => readonly ParticipantEvent[],
    alsoInTransaction?: (session: SqlSession) => Promise<void>,
  ): Promise<Participant> {
    return this.inTransaction(async (session) => {
      const { state, version } = await this.participant(participantId, session);
      const events = decide(state);
      await alsoInTransaction?.(session);
      await this.append(
        session,
        PARTICIPANT_STREAM,
        participantId,
        events,
        version === 0 ? 'no-stream' : version,
        actor,
      );
      return fold(evolveParticipant, state, events);
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
