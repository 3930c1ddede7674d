export * from './eligibility';
export * from './roles';
export * from './languages';
