import { generateTotpSecret, totpAt, verifyTotp } from './totp.adapter';

const secret = Buffer.from('12345678901234567890');
const at = (seconds: number) => new Date(seconds * 1000);

// RFC 6238 Appendix B, SHA1 column; authenticator apps show the last six digits.
const vectors: [number, string][] = [
  [59, '287082'],
  [1111111109, '081804'],
  [1111111111, '050471'],
  [1234567890, '005924'],
  [2000000000, '279037'],
  [20000000000, '353130'],
];

describe('totpAt', () => {
  it.each(vectors)('at %p seconds shows %p', (seconds, code) => {
    expect(totpAt(secret, at(seconds))).toBe(code);
  });
});

describe('verifyTotp', () => {
  const now = at(1111111111);
  const step = Math.floor(1111111111 / 30);

  it('accepts the current code and names its step', () => {
    expect(verifyTotp(secret, '050471', now)).toEqual({ ok: true, step });
  });

  it('accepts a code one step early or late', () => {
    expect(verifyTotp(secret, totpAt(secret, at(1111111111 - 30)), now)).toEqual({
      ok: true,
      step: step - 1,
    });
    expect(verifyTotp(secret, totpAt(secret, at(1111111111 + 30)), now)).toEqual({
      ok: true,
      step: step + 1,
    });
  });

  it('refuses a code two steps away unless the window is widened', () => {
    const old = totpAt(secret, at(1111111111 - 60));
    expect(verifyTotp(secret, old, now)).toEqual({ ok: false });
    expect(verifyTotp(secret, old, now, 2)).toEqual({ ok: true, step: step - 2 });
  });

  it('accepts the code with the space apps display', () => {
    expect(verifyTotp(secret, '050 471', now)).toEqual({ ok: true, step });
  });

  it('refuses wrong, short and non-numeric codes', () => {
    expect(verifyTotp(secret, '050472', now)).toEqual({ ok: false });
    expect(verifyTotp(secret, '05047', now)).toEqual({ ok: false });
    expect(verifyTotp(secret, '0504710', now)).toEqual({ ok: false });
    expect(verifyTotp(secret, 'abcdef', now)).toEqual({ ok: false });
  });

  it('refuses a code made with another secret', () => {
    expect(verifyTotp(generateTotpSecret(), '050471', now)).toEqual({ ok: false });
  });
});

describe('generateTotpSecret', () => {
  it('gives 20 fresh random bytes', () => {
    const first = generateTotpSecret();
    expect(first).toHaveLength(20);
    expect(Buffer.from(first).equals(Buffer.from(generateTotpSecret()))).toBe(false);
  });
});
