import { DataSource } from 'typeorm';
import {
  EventCatalog,
  PostgresEventStore,
  ProjectionRunner,
  readModelOptions,
} from '@commonplan/event-store';
import type { ContextContribution } from '@commonplan/nest';
import { EXIT, UsageError, type Command } from './command';
import { openConfiguredDatabase } from './configured-database';

/**
 * `commonplan rebuild <projection>` for the projections of `contexts`. It runs beside a live server on
 * PostgreSQL (the swap locks the projection's checkpoint row, so the server's runner waits for it);
 * on PGlite the server must be stopped first, since only one process may open the folder.
 */
export const rebuildCommand = (contexts: readonly ContextContribution[]): Command => ({
  name: 'rebuild',
  args: '<projection>',
  summary: 'rebuild a read model from the whole log into fresh tables, then switch over',
  run: async (args, context) => {
    const { output } = context;
    if (args.length !== 1) throw new UsageError('rebuild takes exactly one projection name');
    const name = args[0]!;
    const projections = contexts.flatMap((hosted) => hosted.projections ?? []);
    const projection = projections.find((candidate) => candidate.name === name);
    if (!projection) {
      const known = projections.map((candidate) => candidate.name).join(', ') || 'none yet';
      throw new UsageError(`there is no projection named "${name}" (known: ${known})`);
    }
    const configured = await openConfiguredDatabase(context);
    if (!configured) return EXIT.unavailable;
    const { db, databaseUrl } = configured;
    const store = new PostgresEventStore(
      db,
      new EventCatalog(contexts.flatMap((hosted) => hosted.streamTypes)),
    );
    const dataSource = new DataSource(readModelOptions(db, databaseUrl, [...projection.entities]));
    try {
      await dataSource.initialize();
      const runner = new ProjectionRunner({ store, dataSource, projections: [projection] });
      try {
        const done = await runner.rebuild(name);
        output.out(
          `rebuilt ${name}: generation ${done.generation}, up to position ${done.position || 'start'}`,
        );
        return EXIT.ok;
      } finally {
        await runner.stop();
      }
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await store.close();
      await db.close();
    }
  },
});
