export * from './port';
export * from './sql';
export * from './postgres';
export * from './processors';
export * from './notary';
export * from './verification';
