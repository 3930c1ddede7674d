import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { ConfigurationInvalid, publicUrlOf, readConfig } from './platform-config';

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
      corsOrigins: [],
      sessionSigningKey: undefined,
      vaultMasterKey: undefined,
      registerMatchKey: undefined,
      kafkaBrokers: undefined,
      signInAttemptsPerMinute: { perAddress: 30, perAccount: 5 },
      mail: undefined,
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
          CORS_ORIGINS: 'https://city.example',
          SESSION_SIGNING_KEY: seed,
          VAULT_MASTER_KEY: seed,
          REGISTER_MATCH_KEY: seed,
          SIGN_IN_ATTEMPTS_PER_ADDRESS: '100',
          SIGN_IN_ATTEMPTS_PER_ACCOUNT: '3',
          SMTP_URL: 'smtps://commonplan:secret@mail.city.example',
          MAIL_FROM: 'City of Example <no-reply@city.example>',
          PUBLIC_URL: 'https://participate.city.example',
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
      corsOrigins: ['https://city.example'],
      sessionSigningKey: new Uint8Array(Buffer.from(seed, 'base64')),
      vaultMasterKey: new Uint8Array(Buffer.from(seed, 'base64')),
      registerMatchKey: new Uint8Array(Buffer.from(seed, 'base64')),
      signInAttemptsPerMinute: { perAddress: 100, perAccount: 3 },
      mail: {
        smtpUrl: 'smtps://commonplan:secret@mail.city.example',
        from: 'City of Example <no-reply@city.example>',
      },
      publicUrl: 'https://participate.city.example',
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

  it('lists CORS origins, separated by commas and spaces', () => {
    expect(
      readConfig({
        CORS_ORIGINS: 'https://city.example, http://localhost:5173,,https://xn--stdt-loa.example',
      }).corsOrigins,
    ).toEqual(['https://city.example', 'http://localhost:5173', 'https://xn--stdt-loa.example']);
  });

  it('lists Kafka brokers as host:port, and refuses anything else naming KAFKA_BROKERS', () => {
    expect(readConfig({ KAFKA_BROKERS: 'kafka-1:9092, 10.0.0.7:9093' }).kafkaBrokers).toEqual([
      'kafka-1:9092',
      '10.0.0.7:9093',
    ]);
    expect(problemsOf({ KAFKA_BROKERS: 'kafka-1, kafka-2:x' })).toEqual([
      'KAFKA_BROKERS must list host:port pairs separated by commas (got "kafka-1, kafka-2:x")',
    ]);
  });

  it.each(['https://mail.city.example', 'smtp://', 'mail.city.example:587', 'smtp//x:secret@mail'])(
    'refuses SMTP_URL=%s without echoing it, since it may hold a password',
    (url) => {
      expect(problemsOf({ SMTP_URL: url, MAIL_FROM: 'no-reply@city.example' })).toEqual([
        'SMTP_URL must be a URL of the form smtp://user:password@host:587 or smtps://host:465',
      ]);
    },
  );

  it('wants MAIL_FROM and SMTP_URL together, and MAIL_FROM to be one address', () => {
    expect(problemsOf({ SMTP_URL: 'smtp://mail.city.example' })).toEqual([
      'MAIL_FROM must be set with SMTP_URL: it is the address mail is sent from',
    ]);
    expect(problemsOf({ MAIL_FROM: 'no-reply@city.example' })).toEqual([
      'MAIL_FROM is set but SMTP_URL is not: mail would stay in the in-memory outbox',
    ]);
    expect(
      problemsOf({ SMTP_URL: 'smtp://mail.city.example', MAIL_FROM: 'a@city.example, b@city.example' }),
    ).toEqual([
      'MAIL_FROM must be one address, such as no-reply@city.example or City <no-reply@city.example> (got "a@city.example, b@city.example")',
    ]);
    expect(
      readConfig({ SMTP_URL: 'smtp://mail.city.example', MAIL_FROM: 'no-reply@city.example' }).mail,
    ).toEqual({
      smtpUrl: 'smtp://mail.city.example',
      from: 'no-reply@city.example',
    });
  });

  it('refuses CORS origins a browser would never send, naming each', () => {
    expect(
      problemsOf({
        CORS_ORIGINS:
          'https://city.example,https://city.example/,https://city.example/api,*,ftp://city.example,https://City.example,https://city.example:443,city.example',
      }),
    ).toEqual([
      'CORS_ORIGINS must list http(s) origins without a path, such as https://city.example, separated by commas ' +
        '(got "https://city.example/,https://city.example/api,*,ftp://city.example,https://City.example,https://city.example:443,city.example")',
    ]);
  });

  it('refuses secrets too short to be secret without repeating them, and a vault key AES cannot use', () => {
    const short = Buffer.from('short').toString('base64');
    const long = randomBytes(48).toString('base64');
    const problems = problemsOf({
      SESSION_SIGNING_KEY: short,
      VAULT_MASTER_KEY: long,
      REGISTER_MATCH_KEY: 'not base64!',
      SIGN_IN_ATTEMPTS_PER_ADDRESS: '0',
    });
    expect(problems).toEqual([
      'SESSION_SIGNING_KEY must be at least 32 random bytes in base64 (e.g. openssl rand -base64 32)',
      'VAULT_MASTER_KEY must be exactly 32 random bytes in base64 (e.g. openssl rand -base64 32)',
      'REGISTER_MATCH_KEY must be at least 16 random bytes in base64 (e.g. openssl rand -base64 32)',
      'SIGN_IN_ATTEMPTS_PER_ADDRESS must be a whole number of attempts per minute, at least 1 (got "0")',
    ]);
    expect(problems.join()).not.toContain(long);
  });

  it.each([
    'participate.city.example',
    'https://participate.city.example/',
    'https://city.example/participate',
    'ftp://city.example',
    'https://City.example',
  ])('refuses PUBLIC_URL=%s, naming the rule', (url) => {
    expect(problemsOf({ PUBLIC_URL: url })).toEqual([
      `PUBLIC_URL must be an http(s) origin without a path or trailing slash, such as https://participate.city.example (got "${url}")`,
    ]);
  });

  it('wants PUBLIC_URL in production once sign-in links leave by mail, and only then', () => {
    const mail = { SMTP_URL: 'smtp://mail.city.example', MAIL_FROM: 'no-reply@city.example' };
    expect(problemsOf({ NODE_ENV: 'production', ...mail })).toEqual([
      'PUBLIC_URL must be set in production when SMTP_URL is: mailed sign-in links name the address residents reach the site at',
    ]);
    expect(readConfig({ NODE_ENV: 'production' }).publicUrl).toBeUndefined();
    expect(readConfig({ NODE_ENV: 'development', ...mail }).publicUrl).toBeUndefined();
    expect(
      readConfig({ NODE_ENV: 'production', PUBLIC_URL: 'http://localhost:8080', ...mail }).publicUrl,
    ).toBe('http://localhost:8080');
  });

  it('falls back to the address the platform listens on when PUBLIC_URL is unset', () => {
    const config = readConfig({ PORT: '8080' });
    expect(publicUrlOf(config, { address: '::', family: 'IPv6', port: 8080 })).toBe('http://localhost:8080');
    expect(publicUrlOf(config, { address: '0.0.0.0', family: 'IPv4', port: 8080 })).toBe(
      'http://localhost:8080',
    );
    expect(publicUrlOf(config, { address: '127.0.0.1', family: 'IPv4', port: 41234 })).toBe(
      'http://127.0.0.1:41234',
    );
    expect(publicUrlOf(config, { address: '::1', family: 'IPv6', port: 41234 })).toBe('http://[::1]:41234');
    expect(publicUrlOf(config, null)).toBe('http://localhost:8080');
    expect(
      publicUrlOf(readConfig({ PUBLIC_URL: 'https://participate.city.example' }), {
        address: '127.0.0.1',
        family: 'IPv4',
        port: 3000,
      }),
    ).toBe('https://participate.city.example');
  });

  it('reports every bad variable at once', () => {
    expect(problemsOf({ PORT: 'abc', LOG_LEVEL: 'loud', NODE_ENV: 'prod' })).toEqual([
      'PORT must be an integer between 1 and 65535 (got "abc")',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
      'NODE_ENV must be one of development, production, test (got "prod")',
    ]);
  });
});
