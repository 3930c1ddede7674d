import type { Request, Response } from 'express';
import { currentRequestWrites, isReadAfter, laterPosition, POSITION_HEADER } from '@commonplan/nest';
import { cookieOf, secure } from './session-cookie';

/**
 * Carries the position of what a form wrote across its redirect (docs/adr/0010-read-your-writes.md),
 * so the next pages read the API after it and show the reader their own change.
 */
export const READ_AFTER_COOKIE = 'commonplan_after';

// Long enough for the redirect and a page or two after it; the read models are seconds behind at worst.
const LIFETIME_SECONDS = 30;

/** What the API said this page's calls wrote: its redirect passes it on. */
export const noteApiWrite = (answer: globalThis.Response): void => {
  const position = answer.headers.get(POSITION_HEADER);
  if (isReadAfter(position)) currentRequestWrites()?.record(position);
};

/**
 * The position this page's reads must follow: what it wrote itself, else what the form before it wrote.
 * A cookie that holds no position is passed over, so a tampered one cannot break the page.
 */
export const readAfterOfThisPage = (): string | undefined => {
  const writes = currentRequestWrites();
  if (!writes) return undefined;
  const remembered = cookieOf(writes.request, READ_AFTER_COOKIE);
  return laterPosition(writes.lastPosition, isReadAfter(remembered) ? remembered : undefined);
};

/** Added to the redirect's other cookies (a new session, say), never in their place. */
export const keepReadAfter = (request: Request, response: Response, position: string): void => {
  response.append(
    'set-cookie',
    `${READ_AFTER_COOKIE}=${position}; Path=/; Max-Age=${LIFETIME_SECONDS}; HttpOnly; SameSite=Lax${secure(request) ? '; Secure' : ''}`,
  );
};
