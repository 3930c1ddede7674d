export * from './position';
export * from './stream-name';
export * from './errors';
export * from './event-store';
export * from './catalog';
