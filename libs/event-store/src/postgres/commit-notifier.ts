import type { SqlDatabase } from '../sql/sql-database';

/**
 * One LISTEN per store, shared by its subscriptions: on PostgreSQL a listener holds a pool connection
 * for as long as it listens, so one per subscription would soon empty the pool.
 */
export class CommitNotifier {
  private readonly listeners = new Set<() => void>();
  private listening?: Promise<() => Promise<void>>;

  constructor(
    private readonly db: SqlDatabase,
    private readonly channel: string,
  ) {}

  /** Calls `listener` on every commit notice; resolves to the function that stops it. */
  async add(listener: () => void): Promise<() => Promise<void>> {
    this.listeners.add(listener);
    this.listening ??= this.db.listen(this.channel, () => this.listeners.forEach((notify) => notify()));
    try {
      await this.listening;
    } catch (error) {
      this.listeners.delete(listener);
      this.listening = undefined;
      throw error;
    }
    return () => this.remove(listener);
  }

  /** Wakes this store's own subscribers without a round trip through the database. */
  wakeLocal(): void {
    this.listeners.forEach((notify) => notify());
  }

  private async remove(listener: () => void): Promise<void> {
    this.listeners.delete(listener);
    if (this.listeners.size > 0 || !this.listening) return;
    const listening = this.listening;
    this.listening = undefined;
    const unlisten = await listening;
    await unlisten();
  }
}
