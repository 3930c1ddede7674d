import { Injectable } from '@nestjs/common';
import { residenceVerifiedV1, type IntegrationEvent, type ResidenceVerifiedV1 } from '@commonplan/contracts';
import type { SqlSession } from '@commonplan/event-store';
import { consumer, type IntegrationEventHandler } from '@commonplan/nest';
import { VoterRoll } from './voter-roll.adapter';

/** Writes identity's verifications into budgeting's voter roll, once per published event. */
@Injectable()
export class RecordVerifiedResidence implements IntegrationEventHandler<ResidenceVerifiedV1> {
  constructor(private readonly voterRoll: VoterRoll) {}

  async handle(event: IntegrationEvent<string, ResidenceVerifiedV1>, session: SqlSession): Promise<void> {
    const { participantId, level, district, ageBand } = event.payload;
    await this.voterRoll.record(session, participantId, {
      level,
      ...(district === null ? {} : { district }),
      ...(ageBand === null ? {} : { ageBand }),
    });
  }
}

/** The voter roll's consumer group: verifications and erasures of one participant arrive in order. */
export const VOTER_ROLL_CONSUMER = 'voter-roll';

export const voterRollConsumer = consumer({
  name: VOTER_ROLL_CONSUMER,
  contract: residenceVerifiedV1,
  handler: RecordVerifiedResidence,
});
