import { InProcessBus, kafkaBus, type MessageBus } from '@commonplan/messaging';
import type { PlatformConfig } from '../config/platform-config';

/** The `MessageBus` port of this process: integration events leave through it and arrive by it. */
export const MESSAGE_BUS = Symbol('MESSAGE_BUS');

/**
 * The one place the platform chooses its messaging adapter. Embedded, the in-process bus carries
 * messages between the contexts of this one process; it reaches no other process, so a deployment of
 * one process per context names its Kafka brokers and every process meets the others there.
 */
export const openMessageBus = async (config: PlatformConfig): Promise<MessageBus> =>
  config.kafkaBrokers
    ? kafkaBus({ brokers: config.kafkaBrokers, clientId: 'commonplan' })
    : new InProcessBus();
