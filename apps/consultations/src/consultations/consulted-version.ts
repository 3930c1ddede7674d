import { s } from '@commonplan/kernel';

/** A section's or a measure's id within a plan: stable across versions, so comments and amendments can name it. */
export const planElementId = s.uuid();

/** How a measure is referred to in print ("12", "2.4"), as the plan numbers it. */
export const measureNumber = s.string({ min: 1, max: 20 });

/**
 * What a consultation needs to know of the plan version it is held on: which sections and measures it
 * has, and each measure's text as residents read it, since a comment may quote a passage of it.
 * The plan's own version (plans/plan.ts) has this shape and much more besides.
 */
export interface ConsultedVersion {
  readonly planId: string;
  readonly version: number;
  readonly sections: readonly ConsultedSection[];
}

export interface ConsultedSection {
  readonly sectionId: string;
  readonly measures: readonly ConsultedMeasure[];
}

export interface ConsultedMeasure {
  readonly measureId: string;
  readonly number: string;
  readonly text: string;
}

export const sectionOf = (version: ConsultedVersion, sectionId: string): ConsultedSection | undefined =>
  version.sections.find((section) => section.sectionId === sectionId);

export const measuresOf = (version: ConsultedVersion): ConsultedMeasure[] =>
  version.sections.flatMap((section) => section.measures);

export const measureOf = (version: ConsultedVersion, measureId: string): ConsultedMeasure | undefined =>
  measuresOf(version).find((measure) => measure.measureId === measureId);
