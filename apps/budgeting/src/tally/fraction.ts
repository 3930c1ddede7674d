/** An exact amount of minor units, in lowest terms with a positive denominator. */
export interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

export const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

export const fraction = (numerator: bigint, denominator: bigint): Fraction => {
  if (denominator === 0n) throw new RangeError('a fraction needs a denominator other than 0');
  const sign = denominator < 0n ? -1n : 1n;
  const divisor = gcd(numerator, denominator) || 1n;
  return { numerator: (sign * numerator) / divisor, denominator: (sign * denominator) / divisor };
};

/** `-1`, `0` or `1` as `a` is less than, equal to or greater than `b`. */
export const compareFractions = (a: Fraction, b: Fraction): number => {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
};

/** `"85/3"`, or `"12"` when whole: exact, so a published tally can be re-checked to the last cent. */
export const formatFraction = (value: Fraction): string =>
  value.denominator === 1n ? `${value.numerator}` : `${value.numerator}/${value.denominator}`;
