export * from './databases';
export * from './kafka-mock-cluster';
export * from './smtp-test-server';
export * from './pglite-template';
