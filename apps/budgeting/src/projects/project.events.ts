import { s, type Infer } from '@commonplan/kernel';
import { localizedText, minorUnits } from '../budgeting.schemas';

export const PROJECT_STREAM = 'project';

export const projectProposed = s.object({
  cycleId: s.uuid(),
  title: localizedText,
  description: localizedText,
  category: s.string({ min: 1, max: 60 }),
  district: s.nullable(s.string({ min: 1, max: 80 })),
  costEstimate: minorUnits,
  /** A public place (a park, a library), never where anyone lives. */
  place: s.nullable(
    s.object({
      name: s.string({ min: 1, max: 200 }),
      latitude: s.number({ min: -90, max: 90 }),
      longitude: s.number({ min: -180, max: 180 }),
    }),
  ),
  proposedBy: s.uuid(),
  proposedAs: s.oneOf('resident', 'officer'),
});

export const feasibilityAssessed = s.object({
  feasible: s.boolean(),
  finalCost: s.nullable(minorUnits),
  /** Public, and sent to the author: why a project cannot be done. */
  reason: s.nullable(localizedText),
  assessedBy: s.uuid(),
});

/** On the project merged away: its history stays, its supporters' choices now count for `into`. */
export const projectMergedInto = s.object({ into: s.uuid(), mergedBy: s.uuid() });
/** On the project that absorbs another, so both streams tell the merge. */
export const projectAbsorbed = s.object({ from: s.uuid(), mergedBy: s.uuid() });

export type ProjectProposed = Infer<typeof projectProposed>;

export type ProjectEvent =
  | { readonly type: 'ProjectProposed'; readonly data: ProjectProposed }
  | { readonly type: 'FeasibilityAssessed'; readonly data: Infer<typeof feasibilityAssessed> }
  | { readonly type: 'ProjectMergedInto'; readonly data: Infer<typeof projectMergedInto> }
  | { readonly type: 'ProjectAbsorbed'; readonly data: Infer<typeof projectAbsorbed> };

export const projectEvents = {
  streamType: PROJECT_STREAM,
  events: [
    { type: 'ProjectProposed', version: 1, schema: projectProposed },
    { type: 'FeasibilityAssessed', version: 1, schema: feasibilityAssessed },
    { type: 'ProjectMergedInto', version: 1, schema: projectMergedInto },
    { type: 'ProjectAbsorbed', version: 1, schema: projectAbsorbed },
  ],
} as const;
