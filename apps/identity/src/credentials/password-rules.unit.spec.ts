import { passwordRules } from './password-rules';

describe('passwordRules', () => {
  it('accepts 12 to 256 characters', () => {
    expect(passwordRules('a'.repeat(12))).toEqual([]);
    expect(passwordRules('a'.repeat(256))).toEqual([]);
  });

  it('refuses fewer than 12 characters', () => {
    expect(passwordRules('a'.repeat(11))).toEqual([
      { field: 'password', rule: 'min-length', message: 'Use at least 12 characters.' },
    ]);
  });

  it('refuses more than 256 characters', () => {
    expect(passwordRules('a'.repeat(257))).toEqual([
      { field: 'password', rule: 'max-length', message: 'Use at most 256 characters.' },
    ]);
  });

  it('counts characters, not UTF-16 units', () => {
    // Eleven emoji are 22 UTF-16 units but only eleven characters.
    expect(passwordRules('🌍'.repeat(11))).toMatchObject([{ rule: 'min-length' }]);
  });
});
