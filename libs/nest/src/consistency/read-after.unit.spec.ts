import { Invalid } from '@commonplan/kernel';
import type { Position } from '@commonplan/event-store';
import { isReadAfter, laterPosition, readAfterOf } from './read-after';

const position = (transactionId: number, globalPosition: number): Position =>
  `${String(transactionId).padStart(20, '0')}:${String(globalPosition).padStart(20, '0')}` as Position;

const refusal = (header: unknown): unknown => {
  try {
    readAfterOf(header);
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('the Commonplan-Read-After header', () => {
  it('is absent when the client sent none', () => {
    expect(readAfterOf(undefined)).toBeUndefined();
  });

  it('holds a position as Commonplan-Position gave it', () => {
    expect(readAfterOf(position(748, 12))).toBe(position(748, 12));
  });

  it.each([
    ['empty', ''],
    ['a date', '2026-12-02T07:00:00Z'],
    ['a bare number', '748'],
    ['digits too few', '748:12'],
    ['a transaction id past 64 bits', `99999999999999999999:${position(0, 1).split(':')[1]}`],
    ['two headers joined', `${position(748, 12)}, ${position(749, 13)}`],
    ['sent twice', [position(748, 12), position(749, 13)]],
  ])('is refused when %s, naming the header and the rule', (_case, header) => {
    const error = refusal(header);
    expect(error).toBeInstanceOf(Invalid);
    expect(error).toMatchObject({
      code: 'request.invalid-read-after',
      issues: [{ field: 'Commonplan-Read-After', rule: 'position' }],
    });
  });

  it('is no position when it asks for the start of the log, which there is nothing to wait for', () => {
    expect(isReadAfter('')).toBe(false);
    expect(isReadAfter(position(1, 1))).toBe(true);
  });
});

describe('the later of two positions', () => {
  it('orders by transaction first, as the log is read', () => {
    expect(laterPosition(position(9, 100), position(10, 1))).toBe(position(10, 1));
    expect(laterPosition(position(10, 1), position(9, 100))).toBe(position(10, 1));
  });

  it('takes whichever is there', () => {
    expect(laterPosition(undefined, position(3, 3))).toBe(position(3, 3));
    expect(laterPosition(position(3, 3), undefined)).toBe(position(3, 3));
    expect(laterPosition(undefined, undefined)).toBeUndefined();
  });
});
