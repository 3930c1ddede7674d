import { RuleViolated } from '@commonplan/kernel';
import { measuresOf, type Plan } from '../plan';
import type { PlanEvent } from '../plan.events';
import { mustExist, mustStillBeDraft } from '../plan.rules';

/** Freezes the draft as version 1, the version a first consultation is held on. */
export const publishVersion = (plan: Plan, publishedBy: string): PlanEvent[] => {
  mustExist(plan);
  mustStillBeDraft(plan);
  if (measuresOf(plan.draft!).length === 0)
    throw new RuleViolated('plan.no-measures', 'a plan is published with at least one measure');
  return [{ type: 'PlanVersionPublished', data: { version: 1, publishedBy } }];
};
