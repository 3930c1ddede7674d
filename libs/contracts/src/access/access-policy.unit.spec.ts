import { badgesOf } from '@commonplan/kernel';
import { ACCESS_POLICY, decideAccess } from './access-policy';

describe('the access policy', () => {
  it('opens public routes to anyone, signed-in routes to any session, and the rest by badge', () => {
    const officer = badgesOf([{ role: 'officer', context: 'budgeting' }]);
    expect(decideAccess('public', undefined)).toBe('allow');
    expect(decideAccess('signed-in', undefined)).toBe('sign-in');
    expect(decideAccess('signed-in', officer)).toBe('allow');
    expect(decideAccess(['officer:budgeting'], officer)).toBe('allow');
    expect(decideAccess(['officer:council'], officer)).toBe('deny');
    expect(decideAccess(['administrator'], undefined)).toBe('sign-in');
  });

  it('keys every route as METHOD and a path of declared segments, the last maybe with a format, or the root', () => {
    for (const key of Object.keys(ACCESS_POLICY))
      expect(key).toMatch(
        /^(GET|POST|PUT|PATCH|DELETE) (\/|(\/[a-z0-9-]+|\/:[a-zA-Z]+)+(\.(csv|html|json))?)$/,
      );
  });

  it('gives the audit log to auditors alone', () => {
    expect(ACCESS_POLICY['GET /identity/audit/personal-data-views']).toEqual(['auditor']);
  });
});
