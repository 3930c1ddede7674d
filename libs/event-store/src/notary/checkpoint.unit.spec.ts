import { generateKeyPairSync } from 'node:crypto';
import type { Position } from '../port';
import { checkCheckpointSignature, checkpointMessage, signCheckpoint } from './checkpoint';
import { notaryKey, parseSigningKey } from './signing-key';

const key = notaryKey(parseSigningKey(Buffer.alloc(32, 7).toString('base64')));
const other = notaryKey(generateKeyPairSync('ed25519').privateKey);

const checkpoint = signCheckpoint(key, {
  position: '00000000000000000761:00000000000000000042' as Position,
  treeSize: 42,
  rootHash: 'ab'.repeat(32),
  signedAt: new Date('2026-11-24T10:15:00.123Z'),
});

describe('a signed checkpoint', () => {
  it('signs one field per line, in an order anyone can rebuild', () => {
    expect(checkpointMessage(checkpoint).toString('utf8')).toBe(
      [
        'commonplan checkpoint v1',
        '00000000000000000761:00000000000000000042',
        '42',
        'ab'.repeat(32),
        '2026-11-24T10:15:00.123Z',
        key.keyId,
        '',
      ].join('\n'),
    );
    expect(checkpoint.keyId).toBe(key.keyId);
  });

  it('verifies with the key that signed it', () => {
    expect(checkCheckpointSignature(checkpoint, key.publicKey)).toEqual({ valid: true });
  });

  it.each([
    ['its size', { treeSize: 43 }],
    ['its root', { rootHash: 'cd'.repeat(32) }],
    ['its position', { position: '00000000000000000761:00000000000000000043' as Position }],
    ['its time', { signedAt: new Date('2026-11-24T10:15:00.124Z') }],
  ])('fails when %s is changed', (_what, change) => {
    expect(checkCheckpointSignature({ ...checkpoint, ...change }, key.publicKey)).toEqual({
      valid: false,
      reason: 'its signature does not match its fields',
    });
  });

  it('fails with a key other than the one it names', () => {
    expect(checkCheckpointSignature(checkpoint, other.publicKey)).toEqual({
      valid: false,
      reason: `its public key has id ${other.keyId}, not ${key.keyId}`,
    });
    const resigned = signCheckpoint(other, checkpoint);
    expect(checkCheckpointSignature({ ...resigned, keyId: key.keyId }, key.publicKey).valid).toBe(false);
    expect(checkCheckpointSignature(checkpoint, 'not a pem').valid).toBe(false);
  });
});
