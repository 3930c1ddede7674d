export * from './errors';
export * from './decider';
export * from './schema';
export * from './participation';
