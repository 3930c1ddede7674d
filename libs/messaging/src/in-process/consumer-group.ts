import type { ConsumerOptions } from '../port/message-bus';

/** One `subscribe` call: a member of its group until it stops. */
export class GroupMember {
  readonly topics: ReadonlySet<string>;
  private readonly running = new Set<Promise<unknown>>();
  private stopped = false;

  constructor(
    readonly id: number,
    readonly options: ConsumerOptions,
  ) {
    this.topics = new Set(options.topics);
  }

  get active(): boolean {
    return !this.stopped;
  }

  /** Tracks the handler so `stop` can let it finish instead of cutting it off mid-transaction. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const running = work();
    this.running.add(running);
    void running.finally(() => this.running.delete(running)).catch(() => undefined);
    return running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled([...this.running]);
  }
}

// FNV-1a: any stable spread will do; it only has to send one key to the same member every time.
const hashOf = (key: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
};

/** The members sharing one group name; each key goes to one of them, as Kafka's partitions would. */
export class ConsumerGroup {
  private members: GroupMember[] = [];

  constructor(readonly name: string) {}

  join(member: GroupMember): void {
    this.members = [...this.members, member].sort((a, b) => a.id - b.id);
  }

  leave(member: GroupMember): void {
    this.members = this.members.filter((m) => m !== member);
  }

  hasMembersFor(topic: string): boolean {
    return this.members.some((member) => member.active && member.topics.has(topic));
  }

  memberFor(topic: string, key: string): GroupMember | undefined {
    const candidates = this.members.filter((member) => member.active && member.topics.has(topic));
    return candidates[hashOf(key) % Math.max(1, candidates.length)];
  }
}
