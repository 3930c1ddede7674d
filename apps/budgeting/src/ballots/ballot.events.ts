import { s, type Infer } from '@commonplan/kernel';

/**
 * A voter's ballot in one cycle. The stream id is an HMAC of the voter's id under the cycle's secret
 * (ARCHITECTURE §6), destroyed once results are final: until then it gives one ballot per voter,
 * afterwards nobody can tell whose a ballot is. No event here names the voter.
 */
export const BALLOT_STREAM = 'ballot';

export const ballotCast = s.object({
  cycleId: s.uuid(),
  kind: s.oneOf('approval', 'knapsack', 'ranked', 'cumulative'),
  /** Chosen projects, in rank order for a ranked ballot. */
  projects: s.array(s.string({ min: 1, max: 100 }), { max: 1000 }),
  /** Cumulative ballots only: points per project, in the order of `projects`. */
  points: s.nullable(s.array(s.integer({ min: 1 }), { max: 1000 })),
  /** The district the ballot counts in, for district budgets; null: citywide only. */
  district: s.nullable(s.string({ min: 1, max: 80 })),
  /** v2 adds `imported`: a ballot of an election held elsewhere, read from its Pabulib file. */
  channel: s.oneOf('online', 'paper', 'imported'),
  /** The officer who recorded a paper ballot at a booth, or imported it; null online. */
  recordedBy: s.nullable(s.uuid()),
});

export type BallotCast = Infer<typeof ballotCast>;

export type BallotEvent = { readonly type: 'BallotCast'; readonly data: BallotCast };

export const ballotEvents = {
  streamType: BALLOT_STREAM,
  events: [{ type: 'BallotCast', version: 2, schema: ballotCast }],
  // Every v1 ballot is a valid v2 one: the new version only admits a channel v1 never wrote.
  upcasters: [{ type: 'BallotCast', fromVersion: 1, upcast: (data: unknown) => data }],
} as const;
