import { hash, verify, type Algorithm } from '@node-rs/argon2';

// `Algorithm` is a `declare const enum` and the native binding exports it empty, so swc (which compiles
// file by file and cannot inline it) would pass `undefined`. The value is spelled out instead.
const ARGON2ID: Algorithm = 2;

// OWASP Password Storage Cheat Sheet, first argon2id configuration: m=19 MiB, t=2, p=1.
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * argon2id password hashes in PHC string form, which carries its own salt and parameters so old hashes
 * stay verifiable when the parameters are raised.
 */
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return hash(canonical(password), OPTIONS);
  }

  /** False for a wrong password and for anything that is not a valid hash, so callers need no try. */
  async verify(hashed: string, password: string): Promise<boolean> {
    try {
      return await verify(hashed, canonical(password));
    } catch {
      return false;
    }
  }
}

// NIST SP 800-63B §5.1.1.2: normalise before hashing so the same passphrase typed on another keyboard
// (composed or decomposed accents) still matches.
function canonical(password: string): string {
  return password.normalize('NFKC');
}
