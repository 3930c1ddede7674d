import { platformMigrations } from '@commonplan/nest';
import { freshDataDir, freshMigratedDataDir } from '@commonplan/testing';
import { EMBEDDED } from '../../deploy/embedded/platform';

/**
 * A data folder for the embedded platform whose PGlite cluster holds every migration already. For
 * tests of something after the first start; tests of the first start itself use `freshDataDir`.
 */
export const embeddedDataDir = (prefix: string): Promise<string> =>
  freshMigratedDataDir(prefix, platformMigrations(EMBEDDED.contexts));

/** On PGlite, as `embeddedDataDir`; on PostgreSQL, an empty folder beside the server's database. */
export const embeddedDataDirOn = async (engine: 'PGlite' | 'PostgreSQL', prefix: string): Promise<string> =>
  engine === 'PGlite' ? embeddedDataDir(prefix) : freshDataDir(prefix, { pglite: false });
