export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres-event-store';
export { eventStoreMigrations } from './migrations';
export { isWrittenOutOfOrder } from './append-request';
export { encodePosition, decodePosition, positionSql, type LogPosition } from './position';
export { canonicalEventSql, eventHashSql, GENESIS_HASH_SQL } from './canonical-event';
