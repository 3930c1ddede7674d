import { PasswordHasher } from './password-hasher.adapter';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id at the OWASP parameters', async () => {
    expect(await hasher.hash('correct horse battery')).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const hashed = await hasher.hash('correct horse battery');
    expect(await hasher.verify(hashed, 'correct horse battery')).toBe(true);
    expect(await hasher.verify(hashed, 'correct horse battery!')).toBe(false);
  });

  it('salts each hash', async () => {
    expect(await hasher.hash('correct horse battery')).not.toBe(await hasher.hash('correct horse battery'));
  });

  it('matches a passphrase typed with decomposed accents', async () => {
    const hashed = await hasher.hash('ma\u00efs et caf\u00e9 au lait');
    expect(await hasher.verify(hashed, 'mai\u0308s et cafe\u0301 au lait')).toBe(true);
  });

  it.each(['', 'not a hash', '$argon2id$v=19$m=19456,t=2,p=1$broken'])(
    'answers false for the malformed hash %p instead of throwing',
    async (hashed) => {
      expect(await hasher.verify(hashed, 'correct horse battery')).toBe(false);
    },
  );
});
