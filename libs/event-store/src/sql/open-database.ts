import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PgliteDatabase } from './pglite-database';
import { PostgresDatabase } from './postgres-database';
import type { SqlDatabase } from './sql-database';

export interface DatabaseLocation {
  /** `postgres://…`: a PostgreSQL server. Absent: PGlite in `dataDir`. */
  readonly databaseUrl?: string;
  readonly dataDir: string;
}

export class DatabaseInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `the PGlite database in ${dataDir} is open in process ${pid}; stop it first (PGlite allows one process)`,
    );
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** PGlite has no lock of its own across processes; two writers on one folder would corrupt it. */
const lockDataDir = (dir: string): (() => void) => {
  const lockFile = path.join(dir, 'commonplan.lock');
  try {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    if (pid !== process.pid && Number.isInteger(pid) && isAlive(pid)) throw new DatabaseInUse(dir, pid);
  } catch (error) {
    if (error instanceof DatabaseInUse) throw error;
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
};

/** Opens the database that configuration names: the PostgreSQL server, or the embedded PGlite folder. */
export const openDatabase = async (location: DatabaseLocation): Promise<SqlDatabase> => {
  if (location.databaseUrl) return new PostgresDatabase({ connectionString: location.databaseUrl });
  const dir = path.resolve(location.dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  const unlock = lockDataDir(dir);
  try {
    const db = await PgliteDatabase.open(dir);
    const close = db.close.bind(db);
    return Object.assign(db, {
      close: async () => {
        await close();
        unlock();
      },
    });
  } catch (error) {
    unlock();
    throw error;
  }
};
