import {
  generateDataKey,
  openWithKey,
  parseMasterKey,
  sealWithKey,
  unwrapKey,
  wrapKey,
} from './vault-cipher.adapter';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const plaintext = Buffer.from('Ana Lima, +351 912 345 678');

describe('sealWithKey and openWithKey', () => {
  const key = generateDataKey();

  it('round-trips', () => {
    expect(hex(openWithKey(key, sealWithKey(key, plaintext)))).toBe(hex(plaintext));
  });

  it('round-trips an empty value', () => {
    expect(openWithKey(key, sealWithKey(key, new Uint8Array()))).toHaveLength(0);
  });

  it('lays out version ‖ 12-byte nonce ‖ ciphertext ‖ 16-byte tag', () => {
    const blob = sealWithKey(key, plaintext);
    expect(blob[0]).toBe(1);
    expect(blob).toHaveLength(1 + 12 + plaintext.length + 16);
  });

  it('uses a fresh nonce each time', () => {
    expect(hex(sealWithKey(key, plaintext))).not.toBe(hex(sealWithKey(key, plaintext)));
  });

  it('throws when any byte is flipped', () => {
    const blob = sealWithKey(key, plaintext);
    for (let i = 0; i < blob.length; i++) {
      const tampered = Uint8Array.from(blob);
      tampered[i] = tampered[i]! ^ 0x01;
      expect(() => openWithKey(key, tampered)).toThrow(/vault blob/);
    }
  });

  it('throws on a truncated blob', () => {
    const blob = sealWithKey(key, plaintext);
    expect(() => openWithKey(key, blob.subarray(0, blob.length - 1))).toThrow(/failed authentication/);
    expect(() => openWithKey(key, blob.subarray(0, 20))).toThrow(/too short/);
  });

  it('throws under another key', () => {
    expect(() => openWithKey(generateDataKey(), sealWithKey(key, plaintext))).toThrow(
      /failed authentication/,
    );
  });

  it('refuses keys that are not 32 bytes', () => {
    expect(() => sealWithKey(new Uint8Array(16), plaintext)).toThrow(/32 bytes/);
  });
});

describe('wrapKey and unwrapKey', () => {
  it('round-trips a data key under the master key', () => {
    const master = generateDataKey();
    const dataKey = generateDataKey();
    expect(hex(unwrapKey(master, wrapKey(master, dataKey)))).toBe(hex(dataKey));
  });

  it('throws under another master key', () => {
    const wrapped = wrapKey(generateDataKey(), generateDataKey());
    expect(() => unwrapKey(generateDataKey(), wrapped)).toThrow(/failed authentication/);
  });

  it('refuses to unwrap something that is not a key', () => {
    const master = generateDataKey();
    expect(() => unwrapKey(master, sealWithKey(master, plaintext))).toThrow(/32 bytes/);
  });
});

describe('parseMasterKey', () => {
  const configured = Buffer.alloc(32, 7).toString('base64');

  it('reads base64 of 32 bytes, surrounding whitespace ignored', () => {
    expect(hex(parseMasterKey(` ${configured}\n`))).toBe('07'.repeat(32));
  });

  it.each([
    ['too short', Buffer.alloc(16).toString('base64')],
    ['too long', Buffer.alloc(33).toString('base64')],
    ['not base64', `${configured.slice(0, 10)}!${configured.slice(11)}`],
    ['empty', ''],
  ])('refuses a key that is %s without echoing it', (_, value) => {
    expect(() => parseMasterKey(value)).toThrow(
      'the vault master key must be the base64 of exactly 32 bytes',
    );
  });
});
