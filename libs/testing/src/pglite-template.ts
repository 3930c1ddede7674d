import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrate, PgliteDatabase, type Migration } from '@commonplan/event-store';

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

const keyOf = (migrations: readonly Migration[]): string => {
  const hash = createHash('sha256');
  for (const { id, sql } of [...migrations].sort((a, b) => a.id.localeCompare(b.id)))
    hash.update(id).update('\0').update(sql).update('\0');
  return hash.digest('hex').slice(0, 16);
};

/** The template cluster with `migrations` applied, built by the first test that asks, then kept. */
const migratedTemplate = async (source: string, migrations: readonly Migration[]): Promise<string> => {
  const dir = path.join(source, `migrated-${keyOf(migrations)}`);
  if (existsSync(dir)) return dir;
  const building = mkdtempSync(path.join(source, 'building-'));
  cpSync(path.join(source, 'cluster'), building, { recursive: true });
  const db = await PgliteDatabase.open(building);
  try {
    await migrate(db, migrations);
  } finally {
    await db.close();
  }
  try {
    renameSync(building, dir);
  } catch {
    // Another test worker built the same one at the same moment: theirs is as good.
    rmSync(building, { recursive: true, force: true });
  }
  return dir;
};

/**
 * A new folder for a platform's data whose PGlite cluster already holds `migrations`, as a first
 * start would have left it: a platform's migrations cost seconds of WASM on every boot, a copy a
 * fraction of one. The set is keyed by every migration's id and SQL, so a changed or added one is
 * applied to a new copy, never missed. Tests of the first start itself use `freshDataDir`.
 */
export const freshMigratedDataDir = async (
  prefix: string,
  migrations: readonly Migration[],
): Promise<string> => {
  const source = template();
  if (!source) return freshDataDir(prefix);
  const migrated = await migratedTemplate(source, migrations);
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(migrated, path.join(dir, 'pglite'), { recursive: true });
  return dir;
};
