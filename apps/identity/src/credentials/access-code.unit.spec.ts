import { formatAccessCode, normaliseAccessCode } from './access-code';

describe('formatAccessCode', () => {
  it('groups 12 Crockford symbols as XXXX-XXXX-XXXX', () => {
    expect(formatAccessCode(new Uint8Array(8))).toBe('0000-0000-0000');
    expect(formatAccessCode(new Uint8Array(8).fill(0xff))).toBe('ZZZZ-ZZZZ-ZZZZ');
  });

  it('spells the top 60 bits of the first 8 bytes, five bits a symbol', () => {
    // 0x0123456789abcdef >> 4 = 0x0123456789abcde, which is 04HMASW9NF6Y in Crockford base32.
    expect(formatAccessCode(Buffer.from('0123456789abcdef', 'hex'))).toBe('04HM-ASW9-NF6Y');
  });

  it('ignores bytes past the eighth', () => {
    const bytes = Buffer.from('0123456789abcdefff', 'hex');
    expect(formatAccessCode(bytes)).toBe(formatAccessCode(bytes.subarray(0, 8)));
  });

  it('refuses fewer than 8 bytes', () => {
    expect(() => formatAccessCode(new Uint8Array(7))).toThrow(/8 random bytes/);
  });

  it('never prints I, L, O or U', () => {
    for (let seed = 0; seed < 256; seed++) {
      const code = formatAccessCode(Uint8Array.from({ length: 8 }, (_, i) => (seed * 31 + i * 97) % 256));
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    }
  });
});

describe('normaliseAccessCode', () => {
  it('reads a printed code back to its 12 symbols', () => {
    expect(normaliseAccessCode('7K3M-Q9XZ-4B2T')).toBe('7K3MQ9XZ4B2T');
  });

  it('forgives case, spaces and any kind of dash', () => {
    expect(normaliseAccessCode(' 7k3m q9xz\u20134b2t ')).toBe('7K3MQ9XZ4B2T');
  });

  it('reads O as 0 and I and L as 1', () => {
    expect(normaliseAccessCode('OIL0-1abc-defg')).toBe('01101ABCDEFG');
    expect(normaliseAccessCode('oilo-iabc-defg')).toBe('01101ABCDEFG');
  });

  it('refuses U and symbols outside the alphabet', () => {
    expect(normaliseAccessCode('7K3M-Q9XZ-4B2U')).toBeUndefined();
    expect(normaliseAccessCode('7K3M-Q9XZ-4B2*')).toBeUndefined();
  });

  it('refuses the wrong length', () => {
    expect(normaliseAccessCode('7K3M-Q9XZ-4B2')).toBeUndefined();
    expect(normaliseAccessCode('7K3M-Q9XZ-4B2TT')).toBeUndefined();
    expect(normaliseAccessCode('')).toBeUndefined();
  });

  it('reads every formatted code back', () => {
    const code = formatAccessCode(Buffer.from('a1b2c3d4e5f60718', 'hex'));
    expect(normaliseAccessCode(code)).toBe(code.replace(/-/g, ''));
  });
});
