import { createHmac } from 'node:crypto';
import { accessCodeDigest, newAccessCode } from './access-code.adapter';

const pepper = Buffer.alloc(32, 3);

describe('newAccessCode', () => {
  it('gives a fresh printable code each time', () => {
    const code = newAccessCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}$/);
    expect(newAccessCode()).not.toBe(code);
  });
});

describe('accessCodeDigest', () => {
  it('is the HMAC-SHA256 hex of the normalised code under the pepper', () => {
    const expected = createHmac('sha256', pepper).update('7K3MQ9XZ4B2T').digest('hex');
    expect(accessCodeDigest(pepper, '7K3M-Q9XZ-4B2T')).toBe(expected);
  });

  it('gives the same digest however the code was typed', () => {
    expect(accessCodeDigest(pepper, '7k3m q9xz 4b2t')).toBe(accessCodeDigest(pepper, '7K3M-Q9XZ-4B2T'));
  });

  it('differs between peppers', () => {
    expect(accessCodeDigest(Buffer.alloc(32, 4), '7K3M-Q9XZ-4B2T')).not.toBe(
      accessCodeDigest(pepper, '7K3M-Q9XZ-4B2T'),
    );
  });

  it('is undefined for text that cannot be a code', () => {
    expect(accessCodeDigest(pepper, 'not a code')).toBeUndefined();
  });
});
