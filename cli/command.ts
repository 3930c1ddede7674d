/** Where a command writes: stdout for its result, stderr for everything else. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export interface CliContext {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly output: Output;
}

/**
 * Exit codes scripts can rely on: a failed verification (1) is never confused with a verification
 * that could not run (3), e.g. because the database was unreachable.
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, unavailable: 3 } as const;

export interface Command {
  readonly name: string;
  /** The arguments as the usage text shows them. */
  readonly args: string;
  readonly summary: string;
  run(args: readonly string[], context: CliContext): Promise<number>;
}

/** Arguments a command cannot make sense of: answered with the usage text and exit code 2. */
export class UsageError extends Error {}
