import { Injectable } from '@nestjs/common';
import { residenceVerifiedV1, type IntegrationEvent, type ResidenceVerifiedV1 } from '@commonplan/contracts';
import type { SqlSession } from '@commonplan/event-store';
import { consumer, type IntegrationEventHandler } from '@commonplan/nest';
import { ContributorRoll } from './contributor-roll.adapter';

/** Writes identity's verifications into the contributor roll, once per published event. */
@Injectable()
export class RecordContributorResidence implements IntegrationEventHandler<ResidenceVerifiedV1> {
  constructor(private readonly roll: ContributorRoll) {}

  async handle(event: IntegrationEvent<string, ResidenceVerifiedV1>, session: SqlSession): Promise<void> {
    await this.roll.record(session, event.payload.participantId, event.payload.level);
  }
}

export const contributorRollConsumer = consumer({
  name: 'contributor-roll',
  contract: residenceVerifiedV1,
  handler: RecordContributorResidence,
});
