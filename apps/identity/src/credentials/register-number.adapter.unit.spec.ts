import { createHmac } from 'node:crypto';
import { registerNumberDigest } from './register-number.adapter';

const registerKey = Buffer.alloc(32, 5);

describe('registerNumberDigest', () => {
  it('matches what the city computes over its register', () => {
    const cityDigest = createHmac('sha256', registerKey).update('AB1234567').digest('hex');
    expect(registerNumberDigest(registerKey, 'AB1234567')).toBe(cityDigest);
  });

  it('ignores case and all spaces', () => {
    expect(registerNumberDigest(registerKey, ' ab 123 4567 ')).toBe(
      registerNumberDigest(registerKey, 'AB1234567'),
    );
  });

  it('differs between keys and between numbers', () => {
    expect(registerNumberDigest(Buffer.alloc(32, 6), 'AB1234567')).not.toBe(
      registerNumberDigest(registerKey, 'AB1234567'),
    );
    expect(registerNumberDigest(registerKey, 'AB1234568')).not.toBe(
      registerNumberDigest(registerKey, 'AB1234567'),
    );
  });
});
