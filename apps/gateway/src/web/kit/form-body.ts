import type { Request } from 'express';

/** One field of an urlencoded form: the first value if it was sent more than once, '' if absent. */
export const formText = (request: Request, name: string): string => {
  const value = (request.body as Record<string, unknown> | undefined)?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() : '';
};

/** Every value of a repeated field (checkboxes), in the order sent. */
export const formList = (request: Request, name: string): string[] => {
  const value = (request.body as Record<string, unknown> | undefined)?.[name];
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((item): item is string => typeof item === 'string');
};

/**
 * Where to go after signing in: only an address of this site (`/en/…`), never `//elsewhere` or a
 * full URL, so a crafted link cannot send someone on to another site.
 */
export const localNext = (value: string, fallback: string): string =>
  /^\/[a-z]{2}(\/[^/\\]|\/?$)/.test(value) && !value.includes('//') ? value : fallback;
