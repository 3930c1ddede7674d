import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  type KeyObject,
} from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export class InvalidSigningKey extends Error {
  constructor(
    readonly source: string,
    reason: string,
  ) {
    super(`${source} ${reason}`);
    this.name = 'InvalidSigningKey';
  }
}

/** The key the notary signs checkpoints with, and what a checkpoint says about it. */
export interface NotaryKey {
  /** First 16 hex digits of SHA-256 over the raw 32-byte Ed25519 public key (RFC 8032 §5.1.5). */
  readonly keyId: string;
  /** SPKI PEM: what `openssl pkey -pubin` and node:crypto read without further knowledge. */
  readonly publicKey: string;
  /** Ed25519 signature of `message`, base64. */
  sign(message: Uint8Array): string;
}

// RFC 8410 §7: a PKCS#8 Ed25519 private key is this fixed DER prefix followed by the 32-byte seed.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SEED_BYTES = 32;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

const ed25519Only = (key: KeyObject, source: string): KeyObject => {
  if (key.asymmetricKeyType !== 'ed25519')
    throw new InvalidSigningKey(
      source,
      `holds a key of type ${key.asymmetricKeyType ?? 'unknown'}; the notary signs with Ed25519`,
    );
  return key;
};

/**
 * Reads a private key given as a PKCS#8 PEM or as base64 of a 32-byte Ed25519 seed. Environment files
 * often cannot hold line breaks, so a PEM written with literal `\n` is accepted too.
 */
export const parseSigningKey = (value: string, source = 'NOTARY_SIGNING_KEY'): KeyObject => {
  const text = value.trim();
  if (text === '') throw new InvalidSigningKey(source, 'is empty');
  if (text.startsWith('-----BEGIN')) {
    if (!text.startsWith('-----BEGIN PRIVATE KEY-----'))
      throw new InvalidSigningKey(source, `is a PEM but not a PKCS#8 private key ("${text.split('\n')[0]}")`);
    try {
      return ed25519Only(createPrivateKey(text.replaceAll('\\n', '\n')), source);
    } catch (error) {
      if (error instanceof InvalidSigningKey) throw error;
      throw new InvalidSigningKey(source, `is not a readable PKCS#8 PEM: ${(error as Error).message}`);
    }
  }
  if (!BASE64.test(text))
    throw new InvalidSigningKey(source, 'is neither a PKCS#8 PEM nor base64 of a 32-byte Ed25519 seed');
  const seed = Buffer.from(text, 'base64');
  if (seed.length !== SEED_BYTES)
    throw new InvalidSigningKey(
      source,
      `decodes to ${seed.length} bytes; an Ed25519 seed is ${SEED_BYTES} bytes (or give a PKCS#8 PEM)`,
    );
  return createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
};

export const rawPublicKey = (publicKey: KeyObject): Buffer =>
  Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');

export const keyIdOf = (publicKey: KeyObject): string =>
  createHash('sha256').update(rawPublicKey(publicKey)).digest('hex').slice(0, 16);

export const notaryKey = (privateKey: KeyObject): NotaryKey => {
  const publicKey = createPublicKey(ed25519Only(privateKey, 'the notary key'));
  return {
    keyId: keyIdOf(publicKey),
    publicKey: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    // Ed25519 hashes the message itself (RFC 8032), so node takes no digest name here.
    sign: (message) => sign(null, message, privateKey).toString('base64'),
  };
};

export const NOTARY_KEY_FILE = 'notary-ed25519.pem';

/**
 * The embedded default: with no key configured, the notary makes one on first start and keeps it in the
 * data folder, readable by the owner only. `wx` makes a second process that races the first read the
 * winner's key instead of overwriting it.
 */
export const loadOrCreateSigningKey = (dataDir: string): KeyObject => {
  const file = path.join(dataDir, NOTARY_KEY_FILE);
  try {
    return parseSigningKey(readFileSync(file, 'utf8'), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
    return privateKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return parseSigningKey(readFileSync(file, 'utf8'), file);
  }
};

/** `NOTARY_SIGNING_KEY` when configured (distributed mode), else the data folder's own key. */
export const signingKeyFor = (configured: string | undefined, dataDir: string): KeyObject =>
  configured !== undefined && configured.trim() !== ''
    ? parseSigningKey(configured)
    : loadOrCreateSigningKey(dataDir);
