import { s, type Infer } from '@commonplan/kernel';
import { localizedText, minorUnits } from '../budgeting.schemas';

/** The rule a cycle's ballots are counted by; `threshold` is the score greedy-threshold asks for. */
export const tallyRule = s.object({
  rule: s.oneOf('greedy', 'greedy-threshold', 'mes'),
  threshold: s.optional(s.number({ min: 0, max: 1e15 })),
});
export type StoredTallyRule = Infer<typeof tallyRule>;

export const tallyRuleChosen = s.object({ tallyRule, chosenBy: s.uuid() });

const projectId = s.string({ min: 1, max: 100 });
const digits = s.string({ min: 1, max: 400, pattern: /^\d+$/, patternName: 'digits' });
/** An exact amount of minor units, as MES shares rarely divide: numerator and denominator as digits. */
const fraction = s.object({ numerator: digits, denominator: digits });
const sha256 = s.string({ min: 64, max: 64, pattern: /^[0-9a-f]{64}$/, patternName: 'sha256-hex' });

/** The notary's signed statement about the log the tally was computed from (ARCHITECTURE §7). */
export const checkpoint = s.object({
  position: s.string({ min: 1, max: 100 }),
  treeSize: s.integer({ min: 1 }),
  rootHash: sha256,
  signedAt: s.isoDate(),
  keyId: s.string({ min: 1, max: 200 }),
  signature: s.string({ min: 1, max: 400 }),
});

const equalShares = s.object({
  /** Each voter's purse in the run that decided: the part's budget split, raised by add-one. */
  voterBudget: fraction,
  raises: s.integer({ min: 0 }),
  payments: s.array(
    s.object({
      projectId,
      /** What each supporter who could afford it paid; the poorer ones paid all they had left. */
      share: fraction,
      fullShares: s.integer({ min: 0 }),
      partialShares: s.integer({ min: 0 }),
      paidByPartial: fraction,
    }),
    { max: 5000 },
  ),
});

/** One budget: a district's, or (district null) the city-wide remainder. */
const part = s.object({
  district: s.nullable(s.string({ min: 1, max: 80 })),
  budget: minorUnits,
  /** Ballots counted in this part: every ballot for the city-wide part, the district's for a district. */
  ballots: s.integer({ min: 0 }),
  /** In the order the rule funded them. */
  selected: s.array(projectId, { max: 5000 }),
  totalCost: minorUnits,
  projects: s.array(
    s.object({
      projectId,
      cost: minorUnits,
      /** Ballots that named the project. */
      votes: s.integer({ min: 0 }),
      /** What the rule ranks by: approvals, points, or positional points for rankings. */
      score: s.number({ min: 0 }),
    }),
    { max: 5000 },
  ),
  equalShares: s.nullable(equalShares),
});

/**
 * Everything needed to re-run the tally and check it: the rule and tie-break, what each part funded,
 * which ballots were counted (their number and a digest of their receipts) and the notary checkpoint
 * whose Merkle tree holds every one of them. Re-running before publication appends another.
 */
export const tallyComputed = s.object({
  tallyRule,
  tieBreak: s.string({ min: 1, max: 2000 }),
  parts: s.array(part, { max: 101 }),
  ballots: s.object({
    counted: s.integer({ min: 0 }),
    /** SHA-256 over the sorted receipts, one per line: anyone can recompute it from the published list. */
    receiptsDigest: sha256,
  }),
  /** The log position the counted ballots were read at; the checkpoint covers it. */
  position: s.string({ min: 0, max: 100 }),
  checkpoint,
  computedBy: s.uuid(),
});

/** An officer funds or unfunds a project against the computed tally, with a public reason. */
export const overrideRecorded = s.object({
  /** The tally (1 for the first computed) the override was written against. */
  tally: s.integer({ min: 1 }),
  projectId,
  district: s.nullable(s.string({ min: 1, max: 80 })),
  decision: s.oneOf('fund', 'unfund'),
  reason: localizedText,
  overriddenBy: s.uuid(),
});

/** Results are final: these projects are funded, and the ballot box's secret is destroyed with it. */
export const resultsPublished = s.object({
  tally: s.integer({ min: 1 }),
  funded: s.array(
    s.object({
      projectId,
      district: s.nullable(s.string({ min: 1, max: 80 })),
      cost: minorUnits,
      by: s.oneOf('tally', 'override'),
    }),
    { max: 5000 },
  ),
  publishedBy: s.uuid(),
});

export type TallyRuleChosen = Infer<typeof tallyRuleChosen>;
export type TallyComputed = Infer<typeof tallyComputed>;
export type TallyPart = Infer<typeof part>;
export type NotaryCitation = Infer<typeof checkpoint>;
export type OverrideRecorded = Infer<typeof overrideRecorded>;
export type ResultsPublished = Infer<typeof resultsPublished>;
