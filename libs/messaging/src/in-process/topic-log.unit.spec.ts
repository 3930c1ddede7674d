import type { WireRecord } from '../port/wire-record';
import { TopicLog } from './topic-log';

const record = (n: number): WireRecord => ({ key: `motion-${n}`, value: String(n), headers: {} });

describe('a topic log', () => {
  it('keeps offsets stable when most of it is dropped at once', () => {
    const log = new TopicLog();
    for (let n = 0; n < 60; n++) log.append(record(n));
    log.dropBefore(56);
    expect(log.end).toBe(60);
    expect(log.at(58).value).toBe('58');
    expect(log.append(record(60))).toBe(60);
    expect(() => log.at(55)).toThrow(/no longer held/);
  });

  it('drops everything, and no further, when asked past its end', () => {
    const log = new TopicLog();
    for (let n = 0; n < 3; n++) log.append(record(n));
    log.dropBefore(10);
    expect(log.end).toBe(3);
    expect(log.append(record(3))).toBe(3);
    expect(log.at(3).value).toBe('3');
  });
});
