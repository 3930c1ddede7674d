import type { EntityManager } from 'typeorm';
import { parseStreamName, type Projection, type RecordedEvent } from '@commonplan/event-store';
import { amend, contentOf } from '../plans/plan';
import type { PlanEvent } from '../plans/plan.events';
import { PlanRecord } from './plan-record.entity';
import { PlanVersionRecord } from './plan-version-record.entity';

const publish = async (
  manager: EntityManager,
  planId: string,
  version: Omit<PlanVersionRecord, 'planId'>,
): Promise<void> => {
  await manager.upsert(PlanVersionRecord, { planId, ...version }, ['planId', 'version']);
  await manager.update(
    PlanRecord,
    { planId },
    { draft: null, latestVersion: version.version, title: version.content.title },
  );
};

export const planVersionsProjection: Projection = {
  name: 'consultations.plan-versions',
  entities: [PlanRecord, PlanVersionRecord],
  handles: ['PlanDrafted', 'PlanDraftRevised', 'PlanVersionPublished', 'PlanVersionDerived'],
  apply: async (recorded: RecordedEvent, manager: EntityManager) => {
    const planId = parseStreamName(recorded.streamName).id;
    const event = { type: recorded.type, data: recorded.data } as PlanEvent;
    switch (event.type) {
      case 'PlanDrafted': {
        const { kind, title, language, source, draftedBy } = event.data;
        await manager.upsert(
          PlanRecord,
          {
            planId,
            kind,
            title,
            language,
            source,
            draftedBy,
            draftedAt: recorded.recordedAt,
            draft: contentOf(event.data),
            latestVersion: null,
          },
          ['planId'],
        );
        return;
      }
      case 'PlanDraftRevised': {
        const { kind, title, language, source } = event.data;
        await manager.update(
          PlanRecord,
          { planId },
          { kind, title, language, source, draft: contentOf(event.data) },
        );
        return;
      }
      case 'PlanVersionPublished': {
        const plan = await manager.findOneByOrFail(PlanRecord, { planId });
        await publish(manager, planId, {
          version: 1,
          content: plan.draft!,
          derivation: null,
          publishedAt: recorded.recordedAt,
        });
        return;
      }
      case 'PlanVersionDerived': {
        const { version, fromVersion, consultationId, amendments } = event.data;
        const from = await manager.findOneByOrFail(PlanVersionRecord, { planId, version: fromVersion });
        await publish(manager, planId, {
          version,
          content: amend(from.content, amendments),
          derivation: { fromVersion, consultationId, amendments },
          publishedAt: recorded.recordedAt,
        });
        return;
      }
    }
  },
};
