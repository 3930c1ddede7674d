import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  InvalidSigningKey,
  loadOrCreateSigningKey,
  NOTARY_KEY_FILE,
  notaryKey,
  parseSigningKey,
  signingKeyFor,
} from './signing-key';

// RFC 8032 §7.1, test 1: a known seed and the public key it must give.
const RFC_SEED = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
const RFC_PUBLIC = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
const RFC_SIGNATURE =
  'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';

describe('the notary signing key', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'notary-key-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads base64 of a 32-byte seed as the Ed25519 key of RFC 8032', () => {
    const key = notaryKey(parseSigningKey(Buffer.from(RFC_SEED, 'hex').toString('base64')));
    expect(key.publicKey).toContain('BEGIN PUBLIC KEY');
    expect(Buffer.from(key.sign(new Uint8Array()), 'base64').toString('hex')).toBe(RFC_SIGNATURE);
    expect(key.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(key.keyId).toBe(
      createHash('sha256').update(Buffer.from(RFC_PUBLIC, 'hex')).digest('hex').slice(0, 16),
    );
  });

  it('reads a PKCS#8 PEM, also with its line breaks written as \\n', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(notaryKey(parseSigningKey(pem)).keyId).toBe(notaryKey(privateKey).keyId);
    expect(notaryKey(parseSigningKey(pem.trim().replaceAll('\n', '\\n'))).keyId).toBe(
      notaryKey(privateKey).keyId,
    );
  });

  it.each([
    ['an empty value', '', /NOTARY_SIGNING_KEY is empty/],
    ['free text', 'not a key!', /neither a PKCS#8 PEM nor base64 of a 32-byte Ed25519 seed/],
    ['a short seed', randomBytes(16).toString('base64'), /decodes to 16 bytes; an Ed25519 seed is 32 bytes/],
    [
      'a SEC 1 PEM',
      '-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----',
      /not a PKCS#8 private key/,
    ],
    [
      'a broken PEM',
      '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----',
      /not a readable PKCS#8 PEM/,
    ],
    [
      'a P-256 key',
      generateKeyPairSync('ec', { namedCurve: 'P-256' })
        .privateKey.export({ format: 'pem', type: 'pkcs8' })
        .toString(),
      /holds a key of type ec; the notary signs with Ed25519/,
    ],
  ])('refuses %s with a message that says what is wrong', (_label, value, message) => {
    expect(() => parseSigningKey(value)).toThrow(InvalidSigningKey);
    expect(() => parseSigningKey(value)).toThrow(message);
  });

  it('makes a key in the data folder on first start, readable by its owner only, and keeps it', () => {
    const first = notaryKey(loadOrCreateSigningKey(path.join(dir, 'data')));
    const file = path.join(dir, 'data', NOTARY_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain('BEGIN PRIVATE KEY');
    expect(notaryKey(loadOrCreateSigningKey(path.join(dir, 'data'))).keyId).toBe(first.keyId);
  });

  it('prefers NOTARY_SIGNING_KEY to the data folder, and writes no file then', () => {
    const seed = Buffer.from(RFC_SEED, 'hex').toString('base64');
    const configured = notaryKey(signingKeyFor(seed, dir));
    expect(configured.keyId).toBe(notaryKey(parseSigningKey(seed)).keyId);
    expect(() => statSync(path.join(dir, NOTARY_KEY_FILE))).toThrow();
    const own = notaryKey(signingKeyFor(undefined, dir));
    expect(own.keyId).not.toBe(configured.keyId);
  });
});
