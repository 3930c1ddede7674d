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

/**
 * At results publication, for each project the tally funded or an officer's public override added.
 * How it was funded stays on the project, so its implementation page can say so.
 */
export const projectFunded = s.object({
  cycleId: s.uuid(),
  amount: minorUnits,
  by: s.oneOf('tally', 'override'),
});

/**
 * What residents are shown, in the order a funded project usually moves. Procurement, permits and
 * works are the city's own steps and go in milestones, which each city names; the status says only
 * what a resident needs at a glance. `delayed` is its own status so a stalled project must say so
 * publicly instead of hiding behind a progress figure that stopped moving; `cancelled` because
 * funded projects do fall through (the site is lost, bids come in far over cost) and residents who
 * voted for them are owed that, with the reason in the note.
 */
export const IMPLEMENTATION_STATUSES = [
  'planned',
  'in-progress',
  'delayed',
  'completed',
  'cancelled',
] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

const calendarDate = s.string({ pattern: /^\d{4}-\d{2}-\d{2}$/, patternName: 'iso-date' });

export const milestone = s.object({
  title: localizedText,
  plannedFor: calendarDate,
  /** Null while the milestone is still ahead. */
  reachedOn: s.nullable(calendarDate),
});

/** Photos are links to the city's own media server: the log keeps no images. */
export const photo = s.object({
  url: s.string({ min: 9, max: 2000, pattern: /^https:\/\/[^\s]+$/, patternName: 'https-url' }),
  caption: s.nullable(localizedText),
  /** Required: a photo a screen reader cannot describe tells a blind resident nothing. */
  alt: localizedText,
});

/** Each update restates status, progress and every milestone, so any one of them reads on its own. */
export const implementationUpdated = s.object({
  status: s.oneOf(...IMPLEMENTATION_STATUSES),
  progress: s.integer({ min: 0, max: 100 }),
  milestones: s.array(milestone, { max: 50 }),
  photos: s.array(photo, { max: 10 }),
  note: localizedText,
  updatedBy: s.uuid(),
});

export type ProjectProposed = Infer<typeof projectProposed>;
export type ProjectFunded = Infer<typeof projectFunded>;
export type FeasibilityAssessed = Infer<typeof feasibilityAssessed>;
export type ImplementationUpdated = Infer<typeof implementationUpdated>;

export type ProjectEvent =
  | { readonly type: 'ProjectProposed'; readonly data: ProjectProposed }
  | { readonly type: 'FeasibilityAssessed'; readonly data: FeasibilityAssessed }
  | { readonly type: 'ProjectMergedInto'; readonly data: Infer<typeof projectMergedInto> }
  | { readonly type: 'ProjectAbsorbed'; readonly data: Infer<typeof projectAbsorbed> }
  | { readonly type: 'ProjectFunded'; readonly data: ProjectFunded }
  | { readonly type: 'ImplementationUpdated'; readonly data: ImplementationUpdated };

export const projectEvents = {
  streamType: PROJECT_STREAM,
  events: [
    { type: 'ProjectProposed', version: 1, schema: projectProposed },
    { type: 'FeasibilityAssessed', version: 1, schema: feasibilityAssessed },
    { type: 'ProjectMergedInto', version: 1, schema: projectMergedInto },
    { type: 'ProjectAbsorbed', version: 1, schema: projectAbsorbed },
    { type: 'ProjectFunded', version: 1, schema: projectFunded },
    { type: 'ImplementationUpdated', version: 1, schema: implementationUpdated },
  ],
} as const;
