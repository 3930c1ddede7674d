import { s, type Infer } from '@commonplan/kernel';
import { localizedText, minorUnits } from '../budgeting.schemas';
import {
  overrideRecorded,
  resultsPublished,
  tallyComputed,
  tallyRule,
  tallyRuleChosen,
  type OverrideRecorded,
  type ResultsPublished,
  type TallyComputed,
  type TallyRuleChosen,
  type StoredTallyRule,
} from './cycle-results.events';
import { electionImported, type ElectionImported } from './election-imported.events';

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

const opening = {
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
};

/** v2: the rule the tally will count by, chosen with the ballot rules and locked with them. */
export const cycleOpened = s.object({ ...opening, tallyRule });

/** Cycles opened before the rule was a choice were counted greedily, as most cities do. */
const greedyFromV1 = (data: unknown): unknown => ({ ...(data as object), tallyRule: { rule: 'greedy' } });

export const phaseAdvanced = s.object({
  from: s.oneOf(...PHASES),
  to: s.oneOf(...PHASES),
  advancedBy: s.uuid(),
});
export const ballotRulesChanged = s.object({ ballotRules, changedBy: s.uuid() });

/**
 * As stored today every opening names its rule (the upcaster fills it in for v1); the type leaves it
 * optional so that openings built in code before the rule existed still read as greedy.
 */
export type CycleOpened = Omit<Infer<typeof cycleOpened>, 'tallyRule'> & {
  readonly tallyRule?: StoredTallyRule;
};

export type CycleEvent =
  | { readonly type: 'CycleOpened'; readonly data: CycleOpened }
  | { readonly type: 'PhaseAdvanced'; readonly data: Infer<typeof phaseAdvanced> }
  | { readonly type: 'BallotRulesChanged'; readonly data: Infer<typeof ballotRulesChanged> }
  | { readonly type: 'TallyRuleChosen'; readonly data: TallyRuleChosen }
  | { readonly type: 'TallyComputed'; readonly data: TallyComputed }
  | { readonly type: 'OverrideRecorded'; readonly data: OverrideRecorded }
  | { readonly type: 'ResultsPublished'; readonly data: ResultsPublished }
  | { readonly type: 'ElectionImported'; readonly data: ElectionImported };

export const cycleEvents = {
  streamType: CYCLE_STREAM,
  events: [
    { type: 'CycleOpened', version: 2, schema: cycleOpened },
    { type: 'PhaseAdvanced', version: 1, schema: phaseAdvanced },
    { type: 'BallotRulesChanged', version: 1, schema: ballotRulesChanged },
    { type: 'TallyRuleChosen', version: 1, schema: tallyRuleChosen },
    { type: 'TallyComputed', version: 1, schema: tallyComputed },
    { type: 'OverrideRecorded', version: 1, schema: overrideRecorded },
    { type: 'ResultsPublished', version: 1, schema: resultsPublished },
    { type: 'ElectionImported', version: 1, schema: electionImported },
  ],
  upcasters: [{ type: 'CycleOpened', fromVersion: 1, upcast: greedyFromV1 }],
} as const;
