import { contentOf, type Plan } from '../plan';
import type { PlanDraftRevised, PlanEvent } from '../plan.events';
import { mustBeWellFormed, mustExist, mustStillBeDraft } from '../plan.rules';

/** The whole content is sent again, as the form or the file holds it, and replaces the draft. */
export const reviseDraft = (plan: Plan, command: PlanDraftRevised): PlanEvent[] => {
  mustExist(plan);
  mustStillBeDraft(plan);
  mustBeWellFormed(contentOf(command));
  return [{ type: 'PlanDraftRevised', data: command }];
};
