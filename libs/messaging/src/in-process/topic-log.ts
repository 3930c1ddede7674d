import type { WireRecord } from '../port/wire-record';

/**
 * One topic's records, numbered like Kafka offsets. A record is kept only until every group reading
 * the topic has handled it: the process is the broker, so memory is the retention limit.
 */
export class TopicLog {
  private records: WireRecord[] = [];
  private first = 0;

  get end(): number {
    return this.first + this.records.length;
  }

  append(record: WireRecord): number {
    this.records.push(record);
    return this.end - 1;
  }

  at(offset: number): WireRecord {
    const record = this.records[offset - this.first];
    if (!record) throw new Error(`offset ${offset} is no longer held (held: ${this.first}..${this.end - 1})`);
    return record;
  }

  dropBefore(offset: number): void {
    // Taken before `records` shrinks: `end` is derived from it.
    const first = Math.min(offset, this.end);
    if (first <= this.first) return;
    this.records = this.records.slice(first - this.first);
    this.first = first;
  }
}
