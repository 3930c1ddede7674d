export * from './backoff';
export * from './processor.migrations';
export * from './projection';
export { readCheckpoint, type ProjectionCheckpoint } from './projection-checkpoints';
export * from './projection-runner';
export { RebuildSuperseded } from './projection-rebuild';
export { RebuildRefused } from './rebuild-tables';
export * from './reactor';
export * from './reactor-runner';
