import { badgesOf, isStaffRole } from './roles';

describe('roles and the badges the access policy matches', () => {
  it('gives an officer a badge for the context they work for, and none for a grant without one', () => {
    const badges = badgesOf([
      { role: 'officer', context: 'consultations', department: 'social affairs' },
      { role: 'resident' },
    ]);
    expect([...badges].sort()).toEqual(['officer', 'officer:consultations', 'resident']);
  });

  it('knows which roles are staff, who sign in with password and TOTP', () => {
    expect(isStaffRole('auditor')).toBe(true);
    expect(isStaffRole('council-member')).toBe(false);
    expect(isStaffRole('resident')).toBe(false);
  });
});
