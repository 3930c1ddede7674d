import { comparePositions, decodePosition, START, type Position } from '@commonplan/event-store';
import { Invalid } from '@commonplan/kernel';

/** On the answer to a request that appended events: where its last append sits in the log. */
export const POSITION_HEADER = 'Commonplan-Position';

/** On a read: answer only once this process's read models have caught up with that position. */
export const READ_AFTER_HEADER = 'Commonplan-Read-After';

/** How long a read waits for the read models before it answers with what they hold. */
export const READ_AFTER_LIMIT_MS = 2_000;

/** A position as `Commonplan-Position` gives it: not the start of the log, which asks for nothing. */
export const isReadAfter = (value: unknown): value is Position => {
  if (typeof value !== 'string' || value === START) return false;
  try {
    decodePosition(value);
    return true;
  } catch {
    return false;
  }
};

/** The position a request asks its read to follow, if it asks; a malformed one is the client's to fix. */
export const readAfterOf = (header: unknown): Position | undefined => {
  if (header === undefined) return undefined;
  if (isReadAfter(header)) return header;
  throw new Invalid(
    'request.invalid-read-after',
    `the ${READ_AFTER_HEADER} header must hold a position as ${POSITION_HEADER} gave it`,
    [
      {
        field: READ_AFTER_HEADER,
        rule: 'position',
        message: `${READ_AFTER_HEADER} must be a position as ${POSITION_HEADER} gives it, e.g. 00000000000000000748:00000000000000000012`,
      },
    ],
  );
};

/** The later of two positions, either of which may be missing. */
export const laterPosition = (a: Position | undefined, b: Position | undefined): Position | undefined =>
  a === undefined || (b !== undefined && comparePositions(b, a) > 0) ? b : a;
