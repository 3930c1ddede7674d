import { PositionOutOfRange } from '../port/errors';
import { comparePositions, isPosition, START, type Position } from '../port/position';
import { decodePosition, encodePosition } from './position';

describe('PostgreSQL positions', () => {
  it('encode (transaction id, global position) at a fixed width, and decode back', () => {
    const position = encodePosition({ transactionId: 751n, globalPosition: 42n });
    expect(position).toBe('00000000000000000751:00000000000000000042');
    expect(isPosition(position)).toBe(true);
    expect(decodePosition(position)).toEqual({ transactionId: 751n, globalPosition: 42n });
  });

  it('sort as strings in log order: transaction id first, then global position', () => {
    const positions = [
      { transactionId: 10n, globalPosition: 5n },
      { transactionId: 9n, globalPosition: 7n },
      { transactionId: 10n, globalPosition: 40n },
      { transactionId: 100n, globalPosition: 1n },
    ].map(encodePosition);
    expect([...positions].sort(comparePositions)).toEqual([
      positions[1],
      positions[0],
      positions[2],
      positions[3],
    ]);
    expect(comparePositions(START, positions[1]!)).toBeLessThan(0);
  });

  it('decode START as before every transaction', () => {
    expect(decodePosition(START)).toEqual({ transactionId: 0n, globalPosition: 0n });
  });

  it('take the largest values the columns hold', () => {
    const largest = { transactionId: 2n ** 64n - 1n, globalPosition: 2n ** 63n - 1n };
    expect(decodePosition(encodePosition(largest))).toEqual(largest);
  });

  it('refuse malformed and out-of-range positions', () => {
    const zeros = '0'.repeat(20);
    for (const malformed of [
      'nonsense',
      '1:2',
      `${zeros}:${zeros}:${zeros}`,
      `${zeros}-${zeros}`,
      ` ${zeros}:${zeros}`,
    ])
      expect(() => decodePosition(malformed as Position)).toThrow(PositionOutOfRange);
    expect(() => decodePosition(`18446744073709551616:${zeros}`)).toThrow(PositionOutOfRange);
    expect(() => decodePosition(`${zeros}:09223372036854775808`)).toThrow(PositionOutOfRange);
    expect(() => encodePosition({ transactionId: -1n, globalPosition: 0n })).toThrow(PositionOutOfRange);
    expect(() => encodePosition({ transactionId: 0n, globalPosition: 2n ** 63n })).toThrow(
      PositionOutOfRange,
    );
  });
});
