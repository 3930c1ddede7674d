export * from './residence-verified.events';
