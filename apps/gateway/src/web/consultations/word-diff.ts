/** A run of text the two versions share, or that only the earlier or only the later one has. */
export interface DiffPart {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

/** Past this many word pairs the table would cost more than the page is worth: the field is shown whole. */
const MAX_CELLS = 4_000_000;

/** Words with the spaces after them: joining them gives back the text. */
const wordsOf = (text: string): string[] => text.match(/\s*\S+\s*/g) ?? [];

const merged = (parts: DiffPart[], kind: DiffPart['kind'], text: string): void => {
  const last = parts.at(-1);
  if (last?.kind === kind) parts[parts.length - 1] = { kind, text: last.text + text };
  else parts.push({ kind, text });
};

/**
 * How `after` differs from `before`, word by word (the longest common subsequence of their words), so
 * a reader sees the few words an amendment changed instead of two whole paragraphs.
 */
export const wordDiff = (before: string, after: string): DiffPart[] => {
  const a = wordsOf(before);
  const b = wordsOf(after);
  // Words are compared without their spaces, which HTML does not show: "day." is "day. ".
  const keyA = a.map((word) => word.trim());
  const keyB = b.map((word) => word.trim());
  if (a.length * b.length > MAX_CELLS)
    return [
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ].filter((part) => part.text !== '') as DiffPart[];
  const width = b.length + 1;
  // common[i * width + j]: the longest common run of a[i..] and b[j..].
  const common = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      common[i * width + j] =
        keyA[i] === keyB[j]
          ? common[(i + 1) * width + j + 1]! + 1
          : Math.max(common[(i + 1) * width + j]!, common[i * width + j + 1]!);
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (keyA[i] === keyB[j]) {
      // A shared word keeps a space if either text has one after it, so no neighbour runs into it.
      const space = /\s*$/.exec(a[i]!)![0] || /\s*$/.exec(b[j]!)![0];
      merged(parts, 'same', b[j++]!.trimEnd() + space);
      i++;
    } else if (common[(i + 1) * width + j]! >= common[i * width + j + 1]!) merged(parts, 'removed', a[i++]!);
    else merged(parts, 'added', b[j++]!);
  }
  while (i < a.length) merged(parts, 'removed', a[i++]!);
  while (j < b.length) merged(parts, 'added', b[j++]!);
  return parts;
};
