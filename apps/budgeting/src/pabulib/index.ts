export * from './pabulib';
export * from './pabulib.errors';
export * from './pabulib-export';
export * from './pabulib-rule';
