import { TooManyAttempts } from '@commonplan/kernel';
import type { PlatformConfig } from '../config/platform-config';
import { SignInAttempts } from './sign-in-attempts';

const config = { signInAttemptsPerMinute: { perAddress: 4, perAccount: 2 } } as PlatformConfig;

describe('sign-in attempts', () => {
  afterEach(() => jest.useRealTimers());

  it('limits each account and each address to its share per minute, then lets them try again', () => {
    jest.useFakeTimers({ now: new Date('2026-11-23T10:00:00Z') });
    const attempts = new SignInAttempts(config);
    attempts.count('10.0.0.1', 'staff:ana');
    attempts.count('10.0.0.2', 'staff:ana');
    expect(() => attempts.count('10.0.0.3', 'staff:ana')).toThrow(TooManyAttempts);
    attempts.count('10.0.0.1', 'staff:ivo');
    attempts.count('10.0.0.1', 'staff:eva');
    attempts.count('10.0.0.1', 'staff:mia');
    let refused: unknown;
    try {
      attempts.count('10.0.0.1', 'staff:zoe');
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({ code: 'sign-in.too-many-attempts', retryAfterSeconds: 60 });
    jest.setSystemTime(new Date('2026-11-23T10:01:00Z'));
    expect(() => attempts.count('10.0.0.1', 'staff:ana')).not.toThrow();
  });
});
