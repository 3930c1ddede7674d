import { s, type Infer } from '@commonplan/kernel';
import { localizedText, minorUnits } from '../budgeting.schemas';

/** A participatory budget cycle: its budget, districts, schedule, ballot rules and who may vote. */
export const CYCLE_STREAM = 'cycle';

export const PHASES = [
  'proposals',
  'supports',
  'feasibility',
  'voting',
  'tally',
  'results',
  'implementation',
] as const;
export type Phase = (typeof PHASES)[number];

const ballotRules = s.object({
  kind: s.oneOf('approval', 'knapsack', 'ranked', 'cumulative'),
  maxChoices: s.optional(s.integer({ min: 1, max: 1000 })),
  minChoices: s.optional(s.integer({ min: 0, max: 1000 })),
  minSpendShare: s.optional(s.number({ min: 0, max: 1 })),
  points: s.optional(s.integer({ min: 1, max: 1_000_000 })),
});

export const cycleOpened = s.object({
  title: localizedText,
  budget: s.object({
    amount: minorUnits,
    currency: s.string({ min: 3, max: 3, pattern: /^[A-Z]{3}$/, patternName: 'iso-4217' }),
  }),
  districts: s.array(s.object({ name: s.string({ min: 1, max: 80 }), budget: minorUnits }), { max: 100 }),
  withSupports: s.boolean(),
  schedule: s.array(s.object({ phase: s.oneOf(...PHASES), startsOn: s.isoDate(), endsOn: s.isoDate() }), {
    max: 7,
  }),
  ballotRules,
  eligibility: s.object({
    minimumAge: s.optional(s.integer({ min: 0, max: 120 })),
    verificationLevel: s.oneOf('self-declared', 'verified'),
    districts: s.optional(s.array(s.string({ min: 1, max: 80 }))),
  }),
  openedBy: s.uuid(),
});

export const phaseAdvanced = s.object({
  from: s.oneOf(...PHASES),
  to: s.oneOf(...PHASES),
  advancedBy: s.uuid(),
});
export const ballotRulesChanged = s.object({ ballotRules, changedBy: s.uuid() });

export type CycleOpened = Infer<typeof cycleOpened>;

export type CycleEvent =
  | { readonly type: 'CycleOpened'; readonly data: CycleOpened }
  | { readonly type: 'PhaseAdvanced'; readonly data: Infer<typeof phaseAdvanced> }
  | { readonly type: 'BallotRulesChanged'; readonly data: Infer<typeof ballotRulesChanged> };

export const cycleEvents = {
  streamType: CYCLE_STREAM,
  events: [
    { type: 'CycleOpened', version: 1, schema: cycleOpened },
    { type: 'PhaseAdvanced', version: 1, schema: phaseAdvanced },
    { type: 'BallotRulesChanged', version: 1, schema: ballotRulesChanged },
  ],
} as const;
