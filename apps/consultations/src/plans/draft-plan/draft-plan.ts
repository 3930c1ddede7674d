import { Conflict } from '@commonplan/kernel';
import { contentOf, type Plan } from '../plan';
import type { PlanDrafted, PlanEvent } from '../plan.events';
import { mustBeWellFormed } from '../plan.rules';

/** A new plan starts as a draft, typed in a form or imported, that only officers see and change. */
export const draftPlan = (plan: Plan, command: PlanDrafted): PlanEvent[] => {
  if (plan.drafted) throw new Conflict('plan.already-drafted', 'this plan exists already');
  mustBeWellFormed(contentOf(command));
  return [{ type: 'PlanDrafted', data: command }];
};
