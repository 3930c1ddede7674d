import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { ConfigurationInvalid, readConfig } from './platform-config';

const problemsOf = (env: Record<string, string>): readonly string[] => {
  try {
    readConfig(env, '/srv/commonplan');
  } catch (error) {
    if (error instanceof ConfigurationInvalid) return error.problems;
    throw error;
  }
  throw new Error('the configuration was accepted');
};

describe('the platform configuration', () => {
  it('runs embedded on port 3000 with PGlite in ./data when nothing is set', () => {
    expect(readConfig({}, '/srv/commonplan')).toEqual({
      port: 3000,
      databaseUrl: undefined,
      dataDir: '/srv/commonplan/data',
      logLevel: 'info',
      notarySigningKey: undefined,
      environment: 'development',
    });
  });

  it('takes every variable it knows', () => {
    const seed = randomBytes(32).toString('base64');
    expect(
      readConfig(
        {
          PORT: '8080',
          DATABASE_URL: 'postgresql://council@db.city.example:5432/commonplan',
          COMMONPLAN_DATA_DIR: '/var/lib/commonplan',
          LOG_LEVEL: 'debug',
          NOTARY_SIGNING_KEY: seed,
          NODE_ENV: 'production',
        },
        '/srv/commonplan',
      ),
    ).toEqual({
      port: 8080,
      databaseUrl: 'postgresql://council@db.city.example:5432/commonplan',
      dataDir: '/var/lib/commonplan',
      logLevel: 'debug',
      notarySigningKey: seed,
      environment: 'production',
    });
  });

  it('treats an empty variable as unset', () => {
    expect(readConfig({ PORT: '', DATABASE_URL: ' ' }, '/srv').port).toBe(3000);
    expect(readConfig({ DATABASE_URL: '' }, '/srv').databaseUrl).toBeUndefined();
  });

  it('resolves a relative data folder against the working directory', () => {
    expect(readConfig({ COMMONPLAN_DATA_DIR: 'town-hall' }, '/srv/commonplan').dataDir).toBe(
      '/srv/commonplan/town-hall',
    );
  });

  it.each(['abc', '0', '65536', '80.5', '-1', '3000abc'])('refuses PORT=%s, naming the rule', (port) => {
    expect(problemsOf({ PORT: port })).toEqual([
      `PORT must be an integer between 1 and 65535 (got "${port}")`,
    ]);
  });

  it.each(['mysql://db/commonplan', 'not a url', 'postgres//db/commonplan'])(
    'refuses DATABASE_URL=%s without echoing it',
    (url) => {
      expect(problemsOf({ DATABASE_URL: url })).toEqual([
        'DATABASE_URL must be a URL of the form postgres://user@host:port/database',
      ]);
    },
  );

  it('accepts an Ed25519 PEM key, with newlines escaped as compose files write them', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(readConfig({ NOTARY_SIGNING_KEY: pem.replaceAll('\n', '\\n') }).notarySigningKey).toBe(pem);
  });

  it('refuses a signing key that is not Ed25519 without echoing it', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const rsa = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    for (const key of [rsa, randomBytes(16).toString('base64'), 'secret']) {
      const problems = problemsOf({ NOTARY_SIGNING_KEY: key });
      expect(problems).toEqual([
        'NOTARY_SIGNING_KEY must be an Ed25519 private key: PKCS#8 PEM or a base64 32-byte seed',
      ]);
    }
  });

  it('reports every bad variable at once', () => {
    expect(problemsOf({ PORT: 'abc', LOG_LEVEL: 'loud', NODE_ENV: 'prod' })).toEqual([
      'PORT must be an integer between 1 and 65535 (got "abc")',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
      'NODE_ENV must be one of development, production, test (got "prod")',
    ]);
  });
});
