import { signSession, verifySession, type SessionClaims } from './session-token';

const key = new Uint8Array(32).fill(7);
const claims: SessionClaims = {
  sessionId: 's-1',
  participantId: 'p-1',
  grants: [{ role: 'officer', context: 'council' }],
  issuedAt: 1_800_000_000,
  expiresAt: 1_800_003_600,
};

describe('session tokens', () => {
  it('carry their claims to whoever holds the key, until they expire', () => {
    const token = signSession(key, claims);
    expect(verifySession(key, token, claims.issuedAt + 10)).toEqual(claims);
    expect(verifySession(key, token, claims.expiresAt)).toBe('expired');
  });

  it('are refused when signed with another key or changed in any way', () => {
    const token = signSession(key, claims);
    expect(verifySession(new Uint8Array(32).fill(8), token, claims.issuedAt)).toBe('forged');
    const [prefix, payload, signature] = token.split('.') as [string, string, string];
    const promoted = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload, 'base64url').toString()),
        grants: [{ role: 'administrator' }],
      }),
    ).toString('base64url');
    expect(verifySession(key, `${prefix}.${promoted}.${signature}`, claims.issuedAt)).toBe('forged');
    for (const broken of [
      '',
      'cp1',
      'cp1.a',
      `cp2.${payload}.${signature}`,
      `${prefix}.${payload}.${signature}.x`,
    ])
      expect(verifySession(key, broken, claims.issuedAt)).toBe('malformed');
  });
});
