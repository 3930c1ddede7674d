export * from './residence-verified.events';
export * from './personal-data-erased.events';
