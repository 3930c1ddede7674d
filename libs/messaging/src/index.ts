export * from './port';
export * from './processed-messages/messaging.migrations';
export * from './processed-messages/processed-messages';
export * from './in-process/in-process-bus';
export * from './kafka/kafka-bus';
