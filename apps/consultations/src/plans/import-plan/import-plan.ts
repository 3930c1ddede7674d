import type { Plan } from '../plan';
import type { PlanEvent, PlanKind } from '../plan.events';
import { mustBeWellFormed, mustStillBeDraft } from '../plan.rules';
import { parsePlanMarkdown } from './plan-markdown';

export interface ImportPlan {
  readonly markdown: string;
  readonly kind: PlanKind;
  readonly language: string;
  readonly importedBy: string;
}

/**
 * A Markdown file as the plan's draft: the first import drafts the plan, a later one replaces the
 * draft with the file's content, as long as no version is published. `mintId` gives every section and
 * measure a new id.
 */
export const importPlan = (plan: Plan, command: ImportPlan, mintId: () => string): PlanEvent[] => {
  mustStillBeDraft(plan);
  const content = {
    kind: command.kind,
    language: command.language,
    ...parsePlanMarkdown(command.markdown, mintId),
  };
  mustBeWellFormed(content);
  return [
    plan.drafted
      ? { type: 'PlanDraftRevised', data: { ...content, source: 'markdown', revisedBy: command.importedBy } }
      : { type: 'PlanDrafted', data: { ...content, source: 'markdown', draftedBy: command.importedBy } },
  ];
};
