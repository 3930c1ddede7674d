import { logLevel, type logCreator } from 'kafkajs';
import type { Logger } from 'pino';

/**
 * kafkajs logs every rebalance and retried request, at `error` for some of them, while it recovers
 * on its own. Those go to pino at `warn`, and nowhere without a logger; what the bus cannot recover
 * from reaches the caller as a rejected promise or the consumer's `onError`.
 */
export const kafkaLogCreator =
  (logger: Logger | undefined): logCreator =>
  () =>
  ({ namespace, level, log }) => {
    if (!logger || level > logLevel.WARN) return;
    const { message, timestamp: _timestamp, ...details } = log;
    logger.warn({ ...details, kafkajs: namespace }, message);
  };

export const kafkaLogLevel = (logger: Logger | undefined): logLevel =>
  logger ? logLevel.WARN : logLevel.NOTHING;
