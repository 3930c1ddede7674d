import type { Badge } from '@commonplan/kernel';
import { WEB_PAGES_POLICY } from './web-pages-policy';

/**
 * Who may call a route: anyone, anyone signed in, or whoever holds one of the listed badges
 * (roles, or `officer:<context>` for officers of that context).
 */
export type Access = 'public' | 'signed-in' | readonly Badge[];

/** `METHOD /path/:param`, exactly as the route is declared. */
export type RouteKey = `${'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'} /${string}`;

export type AccessPolicy = Readonly<Record<RouteKey, Access>>;

export type AccessDecision = 'allow' | 'sign-in' | 'deny';

export const decideAccess = (access: Access, badges: ReadonlySet<Badge> | undefined): AccessDecision => {
  if (access === 'public') return 'allow';
  if (!badges) return 'sign-in';
  if (access === 'signed-in') return 'allow';
  return access.some((badge) => badges.has(badge)) ? 'allow' : 'deny';
};

const ANY_OFFICER: readonly Badge[] = ['officer:budgeting', 'officer:consultations', 'officer:council'];
const RESIDENTS: readonly Badge[] = ['resident', 'council-member'];

/**
 * The one table of who may call what, for every route every process serves. The guard refuses a
 * route missing from it, and a test walks every route for every role against it.
 */
export const ACCESS_POLICY = {
  'GET /health': 'public',
  'GET /metrics': 'public',

  'POST /identity/sign-in/access-code': 'public',
  'POST /identity/sign-in/email-link': 'public',
  'POST /identity/sign-in/email-link/redemption': 'public',
  'POST /identity/sign-in/staff': 'public',
  'POST /identity/staff-enrolment': 'public',
  'GET /identity/verification-methods': 'public',
  'PUT /identity/verification-methods': ['administrator'],

  'GET /identity/me': 'signed-in',
  'DELETE /identity/sessions/current': 'signed-in',
  'PUT /identity/me/personal-data': 'signed-in',
  'DELETE /identity/me/personal-data': 'signed-in',
  'GET /identity/me/export': 'signed-in',
  'POST /identity/me/residence-declaration': RESIDENTS,
  'POST /identity/me/register-match': RESIDENTS,

  'POST /identity/access-code-batches': [...ANY_OFFICER, 'administrator'],
  'PUT /identity/municipal-register': ['administrator'],
  'POST /identity/participants/:participantId/in-person-verification': [...ANY_OFFICER, 'administrator'],
  'GET /identity/participants/:participantId': [
    ...ANY_OFFICER,
    'moderator',
    'council-secretariat',
    'administrator',
  ],
  'GET /identity/participants/:participantId/personal-data': [
    ...ANY_OFFICER,
    'council-secretariat',
    'administrator',
  ],
  'POST /identity/participants/:participantId/roles': ['administrator', 'council-secretariat'],
  'POST /identity/participants/:participantId/role-revocations': ['administrator', 'council-secretariat'],
  'POST /identity/participants/:participantId/erasure': ['administrator'],
  'POST /identity/participants/:participantId/session-revocation': ['administrator'],
  'POST /identity/staff': ['administrator'],
  'GET /identity/audit/personal-data-views': ['auditor'],

  'POST /budgeting/cycles': ['officer:budgeting', 'administrator'],
  'GET /budgeting/cycles': 'public',
  'GET /budgeting/cycles/:cycleId': 'public',
  'POST /budgeting/cycles/:cycleId/phase-advances': ['officer:budgeting'],
  'PUT /budgeting/cycles/:cycleId/ballot-rules': ['officer:budgeting'],
  'POST /budgeting/cycles/:cycleId/projects': [...RESIDENTS, 'officer:budgeting'],
  'GET /budgeting/cycles/:cycleId/projects': 'public',
  'POST /budgeting/cycles/:cycleId/ballots': RESIDENTS,
  'POST /budgeting/cycles/:cycleId/paper-ballots': ['officer:budgeting'],
  'GET /budgeting/cycles/:cycleId/my-ballot': RESIDENTS,
  'POST /budgeting/cycles/:cycleId/tally': ['officer:budgeting'],
  'POST /budgeting/cycles/:cycleId/overrides': ['officer:budgeting'],
  'POST /budgeting/cycles/:cycleId/results': ['officer:budgeting'],
  // Public once published (404 before); officers of budgeting may preview the last tally.
  'GET /budgeting/cycles/:cycleId/results': 'public',
  'GET /budgeting/cycles/:cycleId/counted-ballots': 'public',
  // Public once results are published (404 before); officers of budgeting may export from the tally on.
  'GET /budgeting/cycles/:cycleId/pabulib': 'public',
  'POST /budgeting/pabulib-imports': ['officer:budgeting'],
  'GET /budgeting/projects/:projectId': 'public',
  'POST /budgeting/projects/:projectId/feasibility': ['officer:budgeting'],
  'POST /budgeting/projects/:projectId/merge': ['officer:budgeting'],
  'POST /budgeting/projects/:projectId/implementation-updates': ['officer:budgeting'],
  'GET /budgeting/projects/:projectId/implementation': 'public',
  'POST /budgeting/projects/:projectId/followers': RESIDENTS,
  'DELETE /budgeting/projects/:projectId/followers': RESIDENTS,
  'GET /budgeting/me/notifications': RESIDENTS,
  'GET /budgeting/me/followed-projects': RESIDENTS,
  'POST /budgeting/projects/:projectId/supports': RESIDENTS,
  'DELETE /budgeting/projects/:projectId/supports': RESIDENTS,
  'GET /budgeting/cycles/:cycleId/my-supports': RESIDENTS,

  'POST /consultations/plans': ['officer:consultations'],
  'GET /consultations/plans': ['officer:consultations'],
  'POST /consultations/plan-imports': ['officer:consultations'],
  'PUT /consultations/plans/:planId/draft': ['officer:consultations'],
  'GET /consultations/plans/:planId/draft': ['officer:consultations'],
  'POST /consultations/plans/:planId/versions': ['officer:consultations'],
  // Public once a version is published (404 before); officers of consultations also see the draft.
  'GET /consultations/plans/:planId': 'public',
  'GET /consultations/plans/:planId/versions/:version': 'public',
  'GET /consultations/plans/:planId/diff': 'public',
  'POST /consultations': ['officer:consultations'],
  'GET /consultations': 'public',
  'GET /consultations/:consultationId': 'public',
  'POST /consultations/:consultationId/comments': RESIDENTS,
  'POST /consultations/:consultationId/offline-comments': ['officer:consultations'],
  'DELETE /consultations/:consultationId/comments/:commentId': RESIDENTS,
  'POST /consultations/:consultationId/comments/:commentId/hiding': ['moderator'],
  'POST /consultations/:consultationId/comments/:commentId/duplicate-of': ['officer:consultations'],
  // Public; officers of consultations also see withdrawn comments and draft responses.
  'GET /consultations/:consultationId/comments': 'public',
  'GET /consultations/me/comments': RESIDENTS,
  'GET /consultations/me/notices': RESIDENTS,
  'PUT /consultations/:consultationId/comments/:commentId/response': ['officer:consultations'],
  'POST /consultations/:consultationId/response-groups': ['officer:consultations'],
  'POST /consultations/:consultationId/amendments': ['officer:consultations'],
  'GET /consultations/:consultationId/amendments': ['officer:consultations'],
  'DELETE /consultations/:consultationId/amendments/:amendmentId': ['officer:consultations'],
  'POST /consultations/:consultationId/outcome': ['officer:consultations'],
  // Public once the outcome is published (404 before).
  'GET /consultations/:consultationId/outcome': 'public',
  'GET /consultations/:consultationId/outcome.csv': 'public',
  'GET /consultations/:consultationId/outcome.html': 'public',

  ...WEB_PAGES_POLICY,
} as const satisfies AccessPolicy;
