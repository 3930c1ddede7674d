import { Injectable } from '@nestjs/common';
import {
  personalDataErasedV1,
  type IntegrationEvent,
  type PersonalDataErasedV1,
} from '@commonplan/contracts';
import type { SqlSession } from '@commonplan/event-store';
import { consumer, type IntegrationEventHandler } from '@commonplan/nest';
import { VOTER_ROLL_CONSUMER } from './residence-verified.handler';
import { VoterRoll } from './voter-roll.adapter';

/**
 * Takes a participant whose personal data identity erased off the voter roll: their district and age
 * band go with it. Ballots they cast stay and are counted: nothing links them to the voter.
 */
@Injectable()
export class StrikeErasedParticipant implements IntegrationEventHandler<PersonalDataErasedV1> {
  constructor(private readonly voterRoll: VoterRoll) {}

  async handle(event: IntegrationEvent<string, PersonalDataErasedV1>, session: SqlSession): Promise<void> {
    await this.voterRoll.strike(session, event.payload.participantId);
  }
}

/** In the voter roll's group, so an erasure is never overtaken by a verification published before it. */
export const voterRollErasureConsumer = consumer({
  name: VOTER_ROLL_CONSUMER,
  contract: personalDataErasedV1,
  handler: StrikeErasedParticipant,
});
