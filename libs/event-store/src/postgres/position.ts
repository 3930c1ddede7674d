import { PositionOutOfRange } from '../port/errors';
import { START, type Position } from '../port/position';

/** Where an event sits in the settled log: its writer's transaction id, then its global position. */
export interface LogPosition {
  readonly transactionId: bigint;
  readonly globalPosition: bigint;
}

const DIGITS = 20;
const MAX_TRANSACTION_ID = 2n ** 64n - 1n; // xid8 is unsigned 64-bit
const MAX_GLOBAL_POSITION = 2n ** 63n - 1n; // bigint identity
const ENCODED = /^(\d{20}):(\d{20})$/;

const inRange = (value: bigint, max: bigint): boolean => value >= 0n && value <= max;

const outOfRange = (position: string): PositionOutOfRange =>
  new PositionOutOfRange(
    'position',
    `"${position}" is not a position of this event store (<transaction id>:<global position>)`,
  );

/** Zero-padded to a fixed width, so comparing the strings compares (transaction id, global position). */
export const encodePosition = ({ transactionId, globalPosition }: LogPosition): Position => {
  if (!inRange(transactionId, MAX_TRANSACTION_ID) || !inRange(globalPosition, MAX_GLOBAL_POSITION))
    throw outOfRange(`${transactionId}:${globalPosition}`);
  return `${transactionId.toString().padStart(DIGITS, '0')}:${globalPosition
    .toString()
    .padStart(DIGITS, '0')}` as Position;
};

/**
 * The same encoding in SQL, for a row of `events` called `alias`, so a reader gets positions without
 * converting numbers in JavaScript. Neither column ever has more than 20 digits.
 */
export const positionSql = (alias: string): string =>
  `lpad(${alias}.transaction_id::text, 20, '0') || ':' || lpad(${alias}.global_position::text, 20, '0')`;

/** START decodes to (0, 0): below every real transaction id, so reading after it reads everything. */
export const decodePosition = (position: Position | string): LogPosition => {
  if (position === START) return { transactionId: 0n, globalPosition: 0n };
  const match = ENCODED.exec(position);
  if (!match) throw outOfRange(position);
  const transactionId = BigInt(match[1]!);
  const globalPosition = BigInt(match[2]!);
  if (!inRange(transactionId, MAX_TRANSACTION_ID) || !inRange(globalPosition, MAX_GLOBAL_POSITION))
    throw outOfRange(position);
  return { transactionId, globalPosition };
};
