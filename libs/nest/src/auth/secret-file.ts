import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A 32-byte secret: the configured one (base64), else one generated on first start into the data
 * folder, readable by the owner only, so `npm start` needs no setup. `wx` makes a second process that
 * races the first read the winner's secret instead of overwriting it. Processes of one deployment that
 * do not share a data folder must all be given the secret in configuration.
 */
export const secretFor = (
  configured: Uint8Array | undefined,
  dataDir: string,
  fileName: string,
): Uint8Array => {
  if (configured) return configured;
  const file = path.join(dataDir, fileName);
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (secret.length !== 32)
    throw new Error(`${file} must hold 32 bytes in base64; delete it to start afresh`);
  return secret;
};
