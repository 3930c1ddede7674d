export * from './databases';
export * from './kafka-mock-cluster';
