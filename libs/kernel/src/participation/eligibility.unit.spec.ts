import { ineligibilities, levelOf, type EligibilityRule } from './eligibility';

describe('eligibility rules attached to a cycle or a consultation', () => {
  const vote: EligibilityRule = { minimumAge: 16, verificationLevel: 'verified', districts: ['Trnje'] };

  it('admits a verified resident of the district whose whole age band is old enough', () => {
    expect(ineligibilities(vote, { level: 'verified', district: 'Trnje', ageBand: '16-17' })).toEqual([]);
  });

  it('names every reason a participant falls short', () => {
    expect(ineligibilities(vote, { level: 'self-declared', district: 'Maksimir', ageBand: '0-15' })).toEqual([
      'verification-level',
      'too-young',
      'district',
    ]);
    expect(ineligibilities(vote, { level: 'verified', district: 'Trnje' })).toEqual(['age-unknown']);
    expect(ineligibilities(vote, { level: 'none' })).toEqual([
      'verification-level',
      'age-unknown',
      'district',
    ]);
  });

  it('counts a band only if all of it is above the minimum age', () => {
    const adults: EligibilityRule = { minimumAge: 18, verificationLevel: 'self-declared' };
    expect(ineligibilities(adults, { level: 'verified', ageBand: '16-17' })).toEqual(['too-young']);
    expect(ineligibilities(adults, { level: 'verified', ageBand: '65+' })).toEqual([]);
    expect(
      ineligibilities(
        { minimumAge: 20, verificationLevel: 'verified' },
        { level: 'verified', ageBand: '18-29' },
      ),
    ).toEqual(['too-young']);
  });

  it('lets self-declared residence comment citywide when the rule asks for no more', () => {
    expect(ineligibilities({ verificationLevel: 'self-declared' }, { level: 'self-declared' })).toEqual([]);
    expect(
      ineligibilities({ verificationLevel: 'self-declared', districts: [] }, { level: 'verified' }),
    ).toEqual([]);
  });

  it('treats self-declaration as the only unverified method', () => {
    expect(levelOf('self-declaration')).toBe('self-declared');
    expect(levelOf('access-code')).toBe('verified');
    expect(levelOf('municipal-register')).toBe('verified');
    expect(levelOf('in-person')).toBe('verified');
  });
});
