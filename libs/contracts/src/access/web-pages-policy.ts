/**
 * The web pages are public at the edge: each page calls the API with the reader's own session, and
 * the API's rules above decide what that reader may see or do. A page that needs someone signed in
 * sends a stranger to the sign-in page instead of answering 401.
 */
export const WEB_PAGES_POLICY = {
  'GET /': 'public',
  'GET /assets/:file': 'public',
  'GET /sign-in/email': 'public',
  'GET /:lang': 'public',
  'GET /:lang/sign-in': 'public',
  'POST /:lang/sign-in/access-code': 'public',
  'POST /:lang/sign-in/email-link': 'public',
  'GET /:lang/sign-in/email': 'public',
  'POST /:lang/sign-in/email': 'public',
  'GET /:lang/office/sign-in': 'public',
  'POST /:lang/office/sign-in': 'public',
  'POST /:lang/sign-out': 'public',
  'GET /:lang/budgets': 'public',
  'GET /:lang/budgets/:cycleId': 'public',
  'GET /:lang/budgets/:cycleId/projects/:projectId': 'public',
  'GET /:lang/budgets/:cycleId/ballot': 'public',
  'POST /:lang/budgets/:cycleId/ballot/review': 'public',
  'POST /:lang/budgets/:cycleId/ballot': 'public',
  'GET /:lang/budgets/:cycleId/ballot/receipt': 'public',
  'GET /:lang/budgets/:cycleId/results': 'public',
  'GET /:lang/budgets/:cycleId/counted-ballots': 'public',
  'GET /:lang/budgets/projects/:projectId/implementation': 'public',
  'POST /:lang/budgets/projects/:projectId/follow': 'public',
  'POST /:lang/budgets/projects/:projectId/unfollow': 'public',
  'GET /:lang/me/notifications': 'public',
  'GET /:lang/budgets/:cycleId/proposals': 'public',
  'GET /:lang/budgets/:cycleId/proposals/new': 'public',
  'POST /:lang/budgets/:cycleId/proposals': 'public',
  'GET /:lang/budgets/:cycleId/proposals/:projectId/received': 'public',
  'POST /:lang/budgets/:cycleId/proposals/:projectId/support': 'public',
  'POST /:lang/budgets/:cycleId/proposals/:projectId/withdraw-support': 'public',
} as const;
