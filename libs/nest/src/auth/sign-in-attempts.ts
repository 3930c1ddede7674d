import { Inject, Injectable } from '@nestjs/common';
import { TooManyAttempts } from '@commonplan/kernel';
import { PLATFORM_CONFIG, type PlatformConfig } from '../config/platform-config';

const WINDOW_MS = 60_000;
/** Beyond this many tracked keys, finished windows are swept, so a flood of addresses cannot fill memory. */
const SWEEP_ABOVE = 10_000;

interface Window {
  readonly startedAt: number;
  count: number;
}

/**
 * Counts attempts at sign-in and code endpoints per client address and per account (a username, an
 * e-mail's blind index, a code's digest) in one-minute windows. Held in memory: each process limits
 * what reaches it, which is what a guessing attack against one process meets.
 */
@Injectable()
export class SignInAttempts {
  private readonly windows = new Map<string, Window>();
  private readonly perAddress: number;
  private readonly perAccount: number;

  constructor(@Inject(PLATFORM_CONFIG) config: PlatformConfig) {
    this.perAddress = config.signInAttemptsPerMinute?.perAddress ?? 30;
    this.perAccount = config.signInAttemptsPerMinute?.perAccount ?? 5;
  }

  /** Counts one attempt; throws when the address or the account has had its share this minute. */
  count(address: string | undefined, account?: string): void {
    const now = Date.now();
    if (this.windows.size > SWEEP_ABOVE) this.sweep(now);
    const waits = [
      this.take(`address:${address ?? 'unknown'}`, this.perAddress, now),
      account === undefined ? 0 : this.take(`account:${account}`, this.perAccount, now),
    ];
    const wait = Math.max(...waits);
    if (wait > 0)
      throw new TooManyAttempts(
        'sign-in.too-many-attempts',
        'too many attempts; wait a minute and try again',
        wait,
      );
  }

  /** Seconds until the key may try again, 0 if this attempt is within its share. */
  private take(key: string, limit: number, now: number): number {
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= WINDOW_MS) {
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    return window.count <= limit ? 0 : Math.ceil((window.startedAt + WINDOW_MS - now) / 1000);
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows)
      if (now - window.startedAt >= WINDOW_MS) this.windows.delete(key);
  }
}
