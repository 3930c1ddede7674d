import { parseSigningKey } from '@commonplan/event-store';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { LevelWithSilent } from 'pino';
import { readMailConfig, type MailConfig } from './mail.config';

/** What one process needs to know about its surroundings, read once from the environment at start. */
export interface PlatformConfig {
  readonly port: number;
  /** Absent: the embedded PGlite database in `dataDir`. */
  readonly databaseUrl?: string;
  /** Absolute. */
  readonly dataDir: string;
  readonly logLevel: LevelWithSilent;
  /** Ed25519 private key as PKCS#8 PEM or a base64 seed; absent: the notary generates one. */
  readonly notarySigningKey?: string;
  readonly environment: Environment;
  /** Exact origins such as `https://city.example` whose pages may call the API; absent or empty: none. */
  readonly corsOrigins?: readonly string[];
  /** HMAC key for session tokens, shared by every process; absent: generated into the data folder. */
  readonly sessionSigningKey?: Uint8Array;
  /** Wraps each participant's vault key; absent: generated into the data folder. */
  readonly vaultMasterKey?: Uint8Array;
  /** The city's key for hashing register numbers; absent: register matching is not offered. */
  readonly registerMatchKey?: Uint8Array;
  /** `host:port` of Kafka brokers; absent: the in-process bus, which reaches only this process's contexts. */
  readonly kafkaBrokers?: readonly string[];
  /** Sign-in and code attempts allowed per minute; absent: 30 per address, 5 per account. */
  readonly signInAttemptsPerMinute?: { readonly perAddress: number; readonly perAccount: number };
  /** SMTP server and sender; absent: mail waits in the in-memory outbox. */
  readonly mail?: MailConfig;
  /** Where the web pages reach the API, such as `http://api:3000`; absent: this very process. */
  readonly apiUrl?: string;
  /**
   * Where people reach the site, such as `https://participate.city.example`, for addresses that leave
   * it: the link in a sign-in mail, the address on a printed letter. Absent: see `publicUrlOf`.
   */
  readonly publicUrl?: string;
}

export const ENVIRONMENTS = ['development', 'production', 'test'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

const LOG_LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Every configuration mistake found, so an operator fixes them all in one go. */
export class ConfigurationInvalid extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`configuration is invalid:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'ConfigurationInvalid';
  }
}

export const PLATFORM_CONFIG = Symbol('PLATFORM_CONFIG');

type Env = Readonly<Record<string, string | undefined>>;

/** Unset and empty mean the same: `FOO= npm start` is how people unset a variable for one run. */
const valueOf = (env: Env, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
};

const got = (value: string): string => `(got ${JSON.stringify(value)})`;

const readPort = (value: string | undefined, problems: string[]): number => {
  if (value === undefined) return 3000;
  const port = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isInteger(port) && port >= 1 && port <= 65535) return port;
  problems.push(`PORT must be an integer between 1 and 65535 ${got(value)}`);
  return 0;
};

const readDatabaseUrl = (value: string | undefined, problems: string[]): string | undefined => {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    // No host check: `postgres:///commonplan?host=/run/postgresql` reaches a local socket.
    if (url.protocol === 'postgres:' || url.protocol === 'postgresql:') return value;
  } catch {
    // Not a URL at all: reported below like any other wrong value.
  }
  // The value may carry a password, so it is not echoed back.
  problems.push('DATABASE_URL must be a URL of the form postgres://user@host:port/database');
  return undefined;
};

const readLogLevel = (value: string | undefined, problems: string[]): LevelWithSilent => {
  if (value === undefined) return 'info';
  const level = LOG_LEVELS.find((candidate) => candidate === value.toLowerCase());
  if (level) return level;
  problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} ${got(value)}`);
  return 'info';
};

const readEnvironment = (value: string | undefined, problems: string[]): Environment => {
  if (value === undefined) return 'development';
  const environment = ENVIRONMENTS.find((candidate) => candidate === value);
  if (environment) return environment;
  // Express and other libraries switch behaviour on NODE_ENV; a typo such as "prod" would silently
  // give a production server development behaviour.
  problems.push(`NODE_ENV must be one of ${ENVIRONMENTS.join(', ')} ${got(value)}`);
  return 'development';
};

const isSigningKey = (value: string): boolean => {
  try {
    parseSigningKey(value);
    return true;
  } catch {
    return false;
  }
};

const readSigningKey = (value: string | undefined, problems: string[]): string | undefined => {
  if (value === undefined) return undefined;
  const key = value.replaceAll('\\n', '\n');
  if (isSigningKey(key)) return key;
  // A private key is never echoed back, not even in part.
  problems.push('NOTARY_SIGNING_KEY must be an Ed25519 private key: PKCS#8 PEM or a base64 32-byte seed');
  return undefined;
};

/**
 * Browsers send Origin as scheme, host and non-default port only, compared by exact string; an entry
 * with a path, a default port or capitals would never match, so it is refused rather than ignored.
 */
const isOrigin = (value: string): boolean => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
};

const readCorsOrigins = (value: string | undefined, problems: string[]): readonly string[] => {
  const origins = (value ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  const wrong = origins.filter((origin) => !isOrigin(origin));
  if (wrong.length === 0) return origins;
  problems.push(
    `CORS_ORIGINS must list http(s) origins without a path, such as https://city.example, separated by commas ${got(wrong.join(','))}`,
  );
  return [];
};

const readApiUrl = (value: string | undefined, problems: string[]): string | undefined => {
  if (value === undefined) return undefined;
  if (isOrigin(value)) return value;
  problems.push(`API_URL must be an http(s) origin without a path, such as http://api:3000 ${got(value)}`);
  return undefined;
};

const readPublicUrl = (value: string | undefined, problems: string[]): string | undefined => {
  if (value === undefined) return undefined;
  if (isOrigin(value)) return value;
  problems.push(
    `PUBLIC_URL must be an http(s) origin without a path or trailing slash, such as https://participate.city.example ${got(value)}`,
  );
  return undefined;
};

/**
 * A mailed sign-in link must name the site as residents reach it. Without a mail server the links
 * stay in the process's outbox and nobody follows them, so only mail that leaves needs PUBLIC_URL.
 */
const checkPublicUrlFor = (config: PlatformConfig, given: string | undefined, problems: string[]): void => {
  if (config.environment === 'production' && config.mail !== undefined && given === undefined)
    problems.push(
      'PUBLIC_URL must be set in production when SMTP_URL is: mailed sign-in links name the address residents reach the site at',
    );
};

const readKafkaBrokers = (value: string | undefined, problems: string[]): readonly string[] | undefined => {
  if (value === undefined) return undefined;
  const brokers = value
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker !== '');
  const wrong = brokers.filter((broker) => !/^[A-Za-z0-9.-]+:\d{1,5}$/.test(broker));
  if (brokers.length > 0 && wrong.length === 0) return brokers;
  problems.push(`KAFKA_BROKERS must list host:port pairs separated by commas ${got(value)}`);
  return undefined;
};

/** A secret given as base64; its value is never echoed back, not even in part. */
const readSecret = (
  name: string,
  value: string | undefined,
  minBytes: number,
  problems: string[],
): Uint8Array | undefined => {
  if (value === undefined) return undefined;
  const bytes = Buffer.from(value, 'base64');
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(value) && bytes.length >= minBytes) return new Uint8Array(bytes);
  problems.push(`${name} must be at least ${minBytes} random bytes in base64 (e.g. openssl rand -base64 32)`);
  return undefined;
};

/** AES-256 wants exactly 32 bytes: a longer key would be silently cut, so it is refused. */
const readVaultKey = (value: string | undefined, problems: string[]): Uint8Array | undefined => {
  const key = readSecret('VAULT_MASTER_KEY', value, 32, problems);
  if (key === undefined || key.length === 32) return key;
  problems.push('VAULT_MASTER_KEY must be exactly 32 random bytes in base64 (e.g. openssl rand -base64 32)');
  return undefined;
};

const readAttempts = (
  name: string,
  value: string | undefined,
  fallback: number,
  problems: string[],
): number => {
  if (value === undefined) return fallback;
  const attempts = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isSafeInteger(attempts) && attempts >= 1) return attempts;
  problems.push(`${name} must be a whole number of attempts per minute, at least 1 ${got(value)}`);
  return fallback;
};

/** Reads and checks the configuration; throws `ConfigurationInvalid` naming every bad variable. */
export const readConfig = (env: Env, cwd: string = process.cwd()): PlatformConfig => {
  const problems: string[] = [];
  const config: PlatformConfig = {
    port: readPort(valueOf(env, 'PORT'), problems),
    databaseUrl: readDatabaseUrl(valueOf(env, 'DATABASE_URL'), problems),
    dataDir: path.resolve(cwd, valueOf(env, 'COMMONPLAN_DATA_DIR') ?? 'data'),
    logLevel: readLogLevel(valueOf(env, 'LOG_LEVEL'), problems),
    notarySigningKey: readSigningKey(valueOf(env, 'NOTARY_SIGNING_KEY'), problems),
    environment: readEnvironment(valueOf(env, 'NODE_ENV'), problems),
    corsOrigins: readCorsOrigins(valueOf(env, 'CORS_ORIGINS'), problems),
    sessionSigningKey: readSecret('SESSION_SIGNING_KEY', valueOf(env, 'SESSION_SIGNING_KEY'), 32, problems),
    vaultMasterKey: readVaultKey(valueOf(env, 'VAULT_MASTER_KEY'), problems),
    registerMatchKey: readSecret('REGISTER_MATCH_KEY', valueOf(env, 'REGISTER_MATCH_KEY'), 16, problems),
    kafkaBrokers: readKafkaBrokers(valueOf(env, 'KAFKA_BROKERS'), problems),
    mail: readMailConfig(valueOf(env, 'SMTP_URL'), valueOf(env, 'MAIL_FROM'), problems),
    apiUrl: readApiUrl(valueOf(env, 'API_URL'), problems),
    publicUrl: readPublicUrl(valueOf(env, 'PUBLIC_URL'), problems),
    signInAttemptsPerMinute: {
      perAddress: readAttempts(
        'SIGN_IN_ATTEMPTS_PER_ADDRESS',
        valueOf(env, 'SIGN_IN_ATTEMPTS_PER_ADDRESS'),
        30,
        problems,
      ),
      perAccount: readAttempts(
        'SIGN_IN_ATTEMPTS_PER_ACCOUNT',
        valueOf(env, 'SIGN_IN_ATTEMPTS_PER_ACCOUNT'),
        5,
        problems,
      ),
    },
  };
  checkPublicUrlFor(config, valueOf(env, 'PUBLIC_URL'), problems);
  if (problems.length > 0) throw new ConfigurationInvalid(problems);
  return config;
};

/**
 * The site's address for links that leave it: PUBLIC_URL, else the address this process listens on
 * (`localhost` when it listens on every interface), else `http://localhost:PORT` before it listens.
 * The fallback is right only where people reach this very process, as in development and tests.
 */
export const publicUrlOf = (
  config: PlatformConfig,
  listening: AddressInfo | string | null | undefined,
): string => {
  if (config.publicUrl !== undefined) return config.publicUrl;
  if (listening === null || listening === undefined || typeof listening === 'string')
    return `http://localhost:${config.port}`;
  const { address, port } = listening;
  const host =
    address === '::' || address === '0.0.0.0'
      ? 'localhost'
      : address.includes(':')
        ? `[${address}]`
        : address;
  return `http://${host}:${port}`;
};
