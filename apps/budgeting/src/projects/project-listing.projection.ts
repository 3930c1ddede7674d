import type { EntityManager } from 'typeorm';
import { parseStreamName, type Projection, type RecordedEvent } from '@commonplan/event-store';
import type { SupportsEvent } from '../supports/supports.events';
import type { ProjectEvent } from './project.events';
import { ProjectListing } from './project-listing.entity';

export const projectListingProjection: Projection = {
  name: 'budgeting.project-listing',
  entities: [ProjectListing],
  // Supports are counted here, in the listing's own order, so a support never arrives before its project.
  handles: [
    'ProjectProposed',
    'FeasibilityAssessed',
    'ProjectMergedInto',
    'ProjectSupported',
    'SupportWithdrawn',
  ],
  apply: async (recorded: RecordedEvent, manager: EntityManager) => {
    const projectId = parseStreamName(recorded.streamName).id;
    const event = { type: recorded.type, data: recorded.data } as ProjectEvent | SupportsEvent;
    switch (event.type) {
      case 'ProjectProposed': {
        const { cycleId, title, description, category, district, costEstimate, place } = event.data;
        await manager.upsert(
          ProjectListing,
          {
            projectId,
            cycleId,
            title,
            description,
            category,
            district,
            costEstimate,
            cost: costEstimate,
            feasibility: 'pending',
            infeasibilityReason: null,
            mergedInto: null,
            place,
            supports: 0,
          },
          ['projectId'],
        );
        return;
      }
      case 'FeasibilityAssessed':
        await manager.update(
          ProjectListing,
          { projectId },
          {
            feasibility: event.data.feasible ? 'feasible' : 'not-feasible',
            ...(event.data.finalCost === null ? {} : { cost: event.data.finalCost }),
            infeasibilityReason: event.data.reason,
          },
        );
        return;
      case 'ProjectMergedInto':
        await manager.update(ProjectListing, { projectId }, { mergedInto: event.data.into });
        return;
      case 'ProjectSupported':
        await manager.increment(ProjectListing, { projectId: event.data.projectId }, 'supports', 1);
        return;
      case 'SupportWithdrawn':
        await manager.decrement(ProjectListing, { projectId: event.data.projectId }, 'supports', 1);
        return;
      case 'ProjectAbsorbed':
        return;
    }
  },
};
