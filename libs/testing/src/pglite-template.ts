import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Set by the jest global setup: a PGlite cluster initialised once per version, and its dump. */
export const PGLITE_TEMPLATE_ENV = 'COMMONPLAN_PGLITE_TEMPLATE';

const template = (): string | undefined => {
  const dir = process.env[PGLITE_TEMPLATE_ENV];
  return dir && existsSync(path.join(dir, 'cluster')) ? dir : undefined;
};

/**
 * A new folder for a platform's data. With `pglite` (the default) its PGlite cluster is a copy of
 * the template: initdb in WASM costs seconds per test file, a copy a fraction of one. The copy is a
 * fresh, empty cluster as initdb leaves it, so migrations still run as on a first start.
 */
export const freshDataDir = (prefix: string, { pglite = true }: { pglite?: boolean } = {}): string => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const source = pglite ? template() : undefined;
  if (source) cpSync(path.join(source, 'cluster'), path.join(dir, 'pglite'), { recursive: true });
  return dir;
};

let dump: Blob | undefined;

/** The template as a tarball, for in-memory PGlite databases; read once per worker. */
export const pgliteTemplateDump = (): Blob | undefined => {
  const source = template();
  if (!source) return undefined;
  dump ??= new Blob([readFileSync(path.join(source, 'cluster.tar'))]);
  return dump;
};
