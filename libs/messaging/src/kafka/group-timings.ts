/** How a consumer keeps its place in a group; tests shorten these to rebalance in seconds. */
export interface GroupTimings {
  /** Without a heartbeat for this long, the broker hands the member's partitions to others. */
  readonly sessionTimeoutMs: number;
  readonly heartbeatIntervalMs: number;
  /** How long the broker waits for every member to rejoin during a rebalance. */
  readonly rebalanceTimeoutMs: number;
  /** The longest a fetch waits for new messages; heartbeats wait behind it. */
  readonly maxWaitMs: number;
  /** How long `subscribe` waits for the consumer to join before it gives up. */
  readonly joinTimeoutMs: number;
}

// kafkajs's own defaults, but for a shorter fetch wait: heartbeats queue behind a waiting fetch.
export const DEFAULT_GROUP_TIMINGS: GroupTimings = {
  sessionTimeoutMs: 30_000,
  heartbeatIntervalMs: 3_000,
  rebalanceTimeoutMs: 60_000,
  maxWaitMs: 1_000,
  joinTimeoutMs: 120_000,
};
