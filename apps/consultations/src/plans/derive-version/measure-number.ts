/** a, b, … z, aa, ab, …: letters for measures inserted after one number. */
const letters = (index: number): string =>
  (index < 26 ? '' : letters(Math.floor(index / 26) - 1)) + String.fromCharCode(97 + (index % 26));

/**
 * The number an added measure gets after the measure numbered `after`: the next one ("2.4" → "2.5",
 * "7" → "8") unless some measure of the plan ever had it, else `after` with a letter ("7a", "7b"), as
 * inserted articles are numbered in legislation. A number is never given to a second measure, so a
 * diff or an old comment citing "measure 8" always means the same one.
 */
export const numberAfter = (after: string | undefined, taken: ReadonlySet<string>): string => {
  const base = after ?? '0';
  const counted = /^(.*?)(\d+)$/.exec(base);
  if (counted) {
    const next = `${counted[1]}${Number(counted[2]) + 1}`;
    if (!taken.has(next)) return next;
  }
  const root = base.replace(/[a-z]+$/, '');
  for (let index = 0; ; index++) {
    const candidate = `${root}${letters(index)}`;
    if (!taken.has(candidate)) return candidate;
  }
};
