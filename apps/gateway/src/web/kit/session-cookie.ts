import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'express';

/** Holds the API session token; the pages never show it and scripts cannot read it. */
export const SESSION_COOKIE = 'commonplan_session';

export const cookieOf = (request: Pick<IncomingMessage, 'headers'>, name: string): string | undefined => {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
};

export const secure = (request: Request): boolean =>
  request.secure || request.headers['x-forwarded-proto'] === 'https';

/**
 * `SameSite=Lax` keeps the cookie off forms posted from other sites, which with the origin check on
 * every post is what stops a page elsewhere from voting in someone's name.
 */
export const keepSession = (request: Request, response: Response, token: string, expiresAt: string): void => {
  const maxAge = Math.max(0, Math.floor((Date.parse(expiresAt) - Date.now()) / 1000));
  response.setHeader(
    'set-cookie',
    `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure(request) ? '; Secure' : ''}`,
  );
};

export const forgetSession = (request: Request, response: Response): void => {
  response.setHeader(
    'set-cookie',
    `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure(request) ? '; Secure' : ''}`,
  );
};
