import { Writable } from 'node:stream';
import { logLevel } from 'kafkajs';
import pino from 'pino';
import { kafkaLogCreator, kafkaLogLevel } from './kafka-log';

const entry = (level: logLevel, message: string) => ({
  namespace: 'Connection',
  level,
  label: logLevel[level],
  log: { timestamp: '2026-11-23T09:30:00.000Z', message, broker: 'kafka-1:9092' },
});

describe('kafkajs logging', () => {
  it('goes to pino at warn, with what kafkajs knew, and drops info and debug', () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    const logger = pino({ level: 'warn' }, sink);
    const log = kafkaLogCreator(logger)(kafkaLogLevel(logger));
    log(entry(logLevel.ERROR, 'Response Heartbeat: the group is rebalancing'));
    log(entry(logLevel.INFO, 'Consumer has joined the group'));
    expect(lines).toEqual([
      expect.objectContaining({
        level: 40,
        msg: 'Response Heartbeat: the group is rebalancing',
        kafkajs: 'Connection',
        broker: 'kafka-1:9092',
      }),
    ]);
  });

  it('is silent without a logger', () => {
    expect(kafkaLogLevel(undefined)).toBe(logLevel.NOTHING);
    expect(() => kafkaLogCreator(undefined)(logLevel.NOTHING)(entry(logLevel.ERROR, 'x'))).not.toThrow();
  });
});
