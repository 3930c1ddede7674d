import { type Issue } from '@commonplan/kernel';

// OWASP ASVS 4.0.3 §2.1.1: at least 12 characters. No composition rules (NIST SP 800-63B §5.1.1.2).
const PASSWORD_MIN_LENGTH = 12;
// Long passphrases are welcome; the cap only keeps request bodies and hashing input bounded.
const PASSWORD_MAX_LENGTH = 256;

/** Problems with a chosen password, empty when it is acceptable. */
export function passwordRules(password: string): Issue[] {
  // NIST SP 800-63B §5.1.1.2 counts each Unicode code point as one character, not UTF-16 units.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    return [
      {
        field: 'password',
        rule: 'min-length',
        message: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
      },
    ];
  if (length > PASSWORD_MAX_LENGTH)
    return [
      {
        field: 'password',
        rule: 'max-length',
        message: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
      },
    ];
  return [];
}
