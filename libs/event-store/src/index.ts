export * from './port';
export * from './sql';
