/**
 * A place in the global log. Opaque on purpose: callers store and compare positions, never do
 * arithmetic on them, so a backend may encode whatever it orders by. The PostgreSQL adapter encodes
 * (transaction id, global position); a KurrentDB adapter would encode (commit, prepare).
 * Every encoding is a fixed-width string, so plain string order is log order.
 */
export type Position = string & { readonly __position: unique symbol };

/** Before the first event: a subscription from here sees everything. */
export const START = '' as Position;

export const comparePositions = (a: Position, b: Position): number => (a < b ? -1 : a > b ? 1 : 0);

export const isPosition = (value: unknown): value is Position =>
  typeof value === 'string' && (value === '' || /^[0-9a-z]+(:[0-9a-z]+)*$/.test(value));
