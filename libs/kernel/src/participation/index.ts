export * from './eligibility';
export * from './roles';
