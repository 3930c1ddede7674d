import type { Issue } from '@commonplan/kernel';

/**
 * Deeper than any form a resident fills in. class-transformer and class-validator walk a body
 * recursively, so a body a few thousand levels deep would overflow the stack and answer 500.
 */
export const MAX_BODY_DEPTH = 32;

/** An object or array nested deeper than `MAX_BODY_DEPTH`, as an issue on its dotted path; or none. */
export const tooDeeplyNested = (body: unknown): Issue | undefined => {
  // A stack rather than recursion, for the same reason the limit exists.
  const pending: { readonly path: string; readonly depth: number; readonly value: unknown }[] = [
    { path: '', depth: 0, value: body },
  ];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { path, depth, value } = next;
    if (typeof value !== 'object' || value === null) continue;
    if (depth === MAX_BODY_DEPTH)
      return {
        field: path,
        rule: 'max-depth',
        message: `objects and arrays may be nested at most ${MAX_BODY_DEPTH} deep`,
      };
    for (const [key, child] of Object.entries(value))
      pending.push({ path: path === '' ? key : `${path}.${key}`, depth: depth + 1, value: child });
  }
  return undefined;
};
