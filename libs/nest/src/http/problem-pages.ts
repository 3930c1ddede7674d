import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Problem } from './problem';

/** Provided by a context that serves pages to people, such as the gateway's web front end. */
export const PROBLEM_PAGES = Symbol('PROBLEM_PAGES');

/**
 * A refusal on a page a person reads in a browser is shown as a page of its own, in their language,
 * not as JSON; every other request keeps its problem details.
 */
export interface ProblemPages {
  claims(request: IncomingMessage & { readonly originalUrl?: string }): boolean;
  render(problem: Problem, request: IncomingMessage, response: ServerResponse): void;
}
