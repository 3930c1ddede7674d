import { Conflict, Invalid, NotFound, type Issue } from '@commonplan/kernel';
import type { Plan, PlanContent } from './plan';

export const mustExist = (plan: Plan): void => {
  if (!plan.drafted) throw new NotFound('plan.not-found', 'no such plan');
};

/** A published version is what a consultation was held on: it must read the same for ever. */
export const mustStillBeDraft = (plan: Plan): void => {
  if (plan.versions.length > 0)
    throw new Conflict(
      'plan.version-published',
      'this plan has a published version: it changes only through a consultation’s amendments',
    );
};

const repeats = (
  values: readonly { readonly value: string; readonly field: string }[],
  rule: string,
  what: string,
): Issue[] => {
  const seen = new Set<string>();
  return values.flatMap(({ value, field }) => {
    if (!seen.has(value)) {
      seen.add(value);
      return [];
    }
    return [{ field, rule, message: `${what} ${value} appears more than once in the plan` }];
  });
};

/** Comments, amendments and diffs name sections and measures by id, and readers by number. */
export const mustBeWellFormed = (content: PlanContent): void => {
  const sections = content.sections.map((section, index) => ({
    value: section.sectionId,
    field: `sections.${index}.sectionId`,
  }));
  const measures = content.sections.flatMap((section, index) =>
    section.measures.map((measure, position) => ({
      measure,
      field: `sections.${index}.measures.${position}`,
    })),
  );
  const issues = [
    ...repeats(sections, 'unique', 'section id'),
    ...repeats(
      measures.map(({ measure, field }) => ({ value: measure.measureId, field: `${field}.measureId` })),
      'unique',
      'measure id',
    ),
    ...repeats(
      measures.map(({ measure, field }) => ({ value: measure.number, field: `${field}.number` })),
      'unique',
      'measure number',
    ),
  ];
  if (issues.length > 0)
    throw new Invalid(
      'plan.duplicates',
      'sections, measures and measure numbers must each be unique',
      issues,
    );
};
