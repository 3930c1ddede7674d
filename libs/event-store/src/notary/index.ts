export * from './merkle';
export * from './signing-key';
export * from './checkpoint';
export {
  latestNotaryCheckpoint,
  readNotaryCheckpoints,
  NotaryConflict,
  type NotaryProgress,
} from './notary-tables';
export * from './notary';
export * from './notary.migrations';
