export * from './integration-message';
export * from './message-bus';
export * from './topics';
export * from './wire-record';
