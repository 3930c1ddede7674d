export * from './election';
export * from './fraction';
export * from './scores';
export * from './greedy';
export * from './equal-shares';
export * from './tally';
