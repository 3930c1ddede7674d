import { setTimeout as sleep } from 'node:timers/promises';
import type { Admin, Consumer } from 'kafkajs';
import type { ConsumerOptions } from '../port/message-bus';

const ATTEMPTS = 5;
const PAUSE_MS = 200;

const commitEnds = async (consumer: Consumer, admin: Admin, group: string, topic: string): Promise<void> => {
  const [ends, [committed]] = await Promise.all([
    admin.fetchTopicOffsets(topic),
    admin.fetchOffsets({ groupId: group, topics: [topic] }),
  ]);
  const known = new Set(
    (committed?.partitions ?? []).filter((p) => Number(p.offset) >= 0).map((p) => p.partition),
  );
  const unknown = ends.filter((end) => !known.has(end.partition));
  if (unknown.length === 0) return;
  await consumer.commitOffsets(unknown.map((end) => ({ topic, partition: end.partition, offset: end.high })));
};

/**
 * Commits the current end of each partition the group has no offset for. Left to kafkajs, a group
 * new to a topic looks up "latest" only on its first fetch, after `subscribe` has resolved, and
 * again for each partition a rebalance hands over before it saw a message: messages published in
 * between would be skipped. Committed here, the group's start is fixed when `subscribe` resolves.
 */
export const pinGroupStart = async (
  consumer: Consumer,
  admin: Admin,
  options: ConsumerOptions,
): Promise<void> => {
  for (const topic of options.topics)
    for (let attempt = 1; ; attempt++) {
      try {
        await commitEnds(consumer, admin, options.group, topic);
        break;
      } catch (error) {
        // Another member joining at the same time makes the commit meet a rebalance: try again.
        if (attempt >= ATTEMPTS) throw error;
        await sleep(PAUSE_MS * attempt);
      }
    }
};
