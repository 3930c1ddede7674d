/** How long to wait before trying again after a failure: doubling pauses, capped. */
export interface Backoff {
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialDelayMs: 100, maxDelayMs: 30_000 };

/** The pause after the `failures`-th failure in a row (1 for the first). */
export const delayAfter = (failures: number, backoff: Backoff): number =>
  Math.min(backoff.maxDelayMs, backoff.initialDelayMs * 2 ** Math.max(0, failures - 1));
