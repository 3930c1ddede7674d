import { InProcessBus, type MessageBus } from '@commonplan/messaging';
import type { PlatformConfig } from '../config/platform-config';

/** The `MessageBus` port of this process: integration events leave through it and arrive by it. */
export const MESSAGE_BUS = Symbol('MESSAGE_BUS');

/**
 * The one place the platform chooses its messaging adapter. Embedded, the in-process bus carries
 * messages between the contexts of this one process; it reaches no other process, so distributed
 * mode needs a broker: a Kafka setting in `PlatformConfig` (e.g. `KAFKA_BROKERS`) picks the kafkajs
 * adapter here, and nothing else in the platform changes.
 */
export const openMessageBus = (_config: PlatformConfig): MessageBus => new InProcessBus();
