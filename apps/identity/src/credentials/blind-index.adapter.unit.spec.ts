import { createHmac } from 'node:crypto';
import { blindIndex } from './blind-index.adapter';

const indexKey = Buffer.alloc(32, 1);

describe('blindIndex', () => {
  it('is the HMAC-SHA256 hex of the normalised e-mail', () => {
    const expected = createHmac('sha256', indexKey).update('ana@example.org').digest('hex');
    expect(blindIndex(indexKey, 'ana@example.org')).toBe(expected);
  });

  it('is stable and ignores case and surrounding spaces', () => {
    expect(blindIndex(indexKey, '  Ana@Example.ORG ')).toBe(blindIndex(indexKey, 'ana@example.org'));
  });

  it('agrees on composed and decomposed accents', () => {
    expect(blindIndex(indexKey, 'jos\u00e9@example.org')).toBe(
      blindIndex(indexKey, 'jose\u0301@example.org'),
    );
  });

  it('differs between addresses and between keys', () => {
    expect(blindIndex(indexKey, 'ana@example.org')).not.toBe(blindIndex(indexKey, 'ana@example.com'));
    expect(blindIndex(Buffer.alloc(32, 2), 'ana@example.org')).not.toBe(
      blindIndex(indexKey, 'ana@example.org'),
    );
  });
});
