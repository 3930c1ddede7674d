export * from './problem';
export * from './verify';
