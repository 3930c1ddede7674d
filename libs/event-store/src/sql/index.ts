export * from './sql-database';
export * from './session-lock';
export * from './postgres-database';
export * from './pglite-database';
export * from './pglite-pg-driver';
export * from './migrations';
export * from './open-database';
export * from './read-model-options';
