import type { Request } from 'express';

/** A path parameter as one string; a repeated or absent one is '' and fails any check on it. */
export const pathParam = (request: Request, name: string): string => {
  const value: unknown = request.params[name];
  return typeof value === 'string' ? value : '';
};

/** A query parameter as one string, '' when absent or repeated. */
export const queryParam = (request: Request, name: string): string => {
  const value = request.query[name];
  return typeof value === 'string' ? value : '';
};
