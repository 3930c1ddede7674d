import { parseStreamName, type Projection } from '@commonplan/event-store';
import { CycleListing } from './cycle-listing.entity';
import type { CycleEvent } from './cycle.events';

/** The list of cycles residents choose from and officers manage; each cycle's stream stays the truth. */
export const cycleListingProjection: Projection = {
  name: 'budgeting.cycle-listing',
  entities: [CycleListing],
  handles: ['CycleOpened', 'PhaseAdvanced', 'BallotRulesChanged'],
  apply: async (recorded, manager) => {
    const cycleId = parseStreamName(recorded.streamName).id;
    const event = { type: recorded.type, data: recorded.data } as CycleEvent;
    switch (event.type) {
      case 'CycleOpened': {
        const { title, budget, districts, schedule, ballotRules } = event.data;
        await manager.upsert(
          CycleListing,
          {
            cycleId,
            title,
            phase: 'proposals',
            budgetAmount: budget.amount,
            currency: budget.currency,
            districts,
            ballotKind: ballotRules.kind,
            schedule,
            openedAt: recorded.recordedAt,
          },
          ['cycleId'],
        );
        return;
      }
      case 'PhaseAdvanced':
        await manager.update(CycleListing, { cycleId }, { phase: event.data.to });
        return;
      case 'BallotRulesChanged':
        await manager.update(CycleListing, { cycleId }, { ballotKind: event.data.ballotRules.kind });
        return;
      default:
        return;
    }
  },
};
