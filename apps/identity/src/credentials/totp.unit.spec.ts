import { otpauthUri, totpCounter, totpStep, truncateToCode } from './totp';

describe('totp math', () => {
  it('counts 30-second steps from the epoch', () => {
    expect(totpStep(new Date(59_000))).toBe(1);
    expect(totpStep(new Date(1_111_111_109_000))).toBe(0x23523ec);
  });

  it('writes the step as an 8-byte big-endian counter', () => {
    expect(Buffer.from(totpCounter(0x23523ec)).toString('hex')).toBe('00000000023523ec');
  });

  it('truncates the RFC 4226 §5.4 example HMAC to its code', () => {
    const hmac = Buffer.from('1f8698690e02ca16618550ef7f19da8e945b555a', 'hex');
    expect(truncateToCode(hmac)).toBe('872921');
  });
});

describe('otpauthUri', () => {
  it('names issuer and account and carries the secret in unpadded base32', () => {
    const uri = otpauthUri({
      issuer: 'Commonplan',
      account: 'ana@example.org',
      secret: Buffer.from('foobar'),
    });
    expect(uri).toBe(
      'otpauth://totp/Commonplan:ana%40example.org?secret=MZXW6YTBOI&issuer=Commonplan&algorithm=SHA1&digits=6&period=30',
    );
  });
});
