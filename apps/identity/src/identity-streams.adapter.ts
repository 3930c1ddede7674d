import { Injectable } from '@nestjs/common';
import type { SqlSession } from '@commonplan/event-store';
import { EventStreams, type Actor } from '@commonplan/nest';
import { evolveParticipant, initialParticipant, type Participant } from './participants/participant';
import { PARTICIPANT_STREAM, type ParticipantEvent } from './participants/participant.events';

export { actorOf, type Actor, type DomainEvent } from '@commonplan/nest';

const participants = { initial: initialParticipant, evolve: evolveParticipant };

/** Identity's streams: the platform's `EventStreams`, plus the participant aggregate by name. */
@Injectable()
export class IdentityStreams extends EventStreams {
  /** Inside a transaction (`session` given) the stream is read through it, seeing its own appends. */
  participant(participantId: string, session?: SqlSession): Promise<{ state: Participant; version: number }> {
    return this.load<Participant, ParticipantEvent>(PARTICIPANT_STREAM, participantId, participants, session);
  }

  changeParticipant(
    participantId: string,
    actor: Actor,
    decide: (state: Participant) => readonly ParticipantEvent[],
    alsoInTransaction?: (session: SqlSession) => Promise<void>,
  ): Promise<Participant> {
    return this.change(PARTICIPANT_STREAM, participantId, participants, actor, decide, alsoInTransaction);
  }
}
