import { RuleViolated } from '@commonplan/kernel';
import { DataSource, type DataSourceOptions, type EntityManager } from 'typeorm';
import { quoteIdentifier } from '../sql/postgres-database';
import type { Projection } from './projection';

interface TableName {
  readonly schema?: string;
  readonly name: string;
}

/** A live table and the table its rebuild is written to. */
export interface TablePair {
  readonly live: TableName;
  readonly rebuilt: TableName;
}

export class RebuildRefused extends RuleViolated {
  constructor(table: string, reasons: readonly string[]) {
    super(
      'projection.rebuild-refused',
      `table ${table} cannot be swapped for a rebuilt copy: ${reasons.join('; ')}`,
      { table, reasons },
    );
  }
}

const qualified = ({ schema, name }: TableName): string =>
  schema ? `${quoteIdentifier(schema)}.${quoteIdentifier(name)}` : quoteIdentifier(name);

/**
 * A second data source on the same database whose tables carry the prefix `rb<generation>_`, so the
 * projection's own code writes the rebuilt tables. Entity subscribers are left out: they are code
 * that runs on every insert, and a rebuild must run nothing but the projection.
 */
export const openRebuildSource = (
  live: DataSource,
  projection: Projection,
  generation: number,
): Promise<DataSource> => {
  const options = {
    ...live.options,
    entities: [...projection.entities],
    subscribers: [],
    entityPrefix: `rb${generation}_${live.options.entityPrefix ?? ''}`,
    synchronize: false,
    migrationsRun: false,
    dropSchema: false,
  } as DataSourceOptions;
  return new DataSource(options).initialize();
};

export const tablePairs = (live: DataSource, rebuilt: DataSource): TablePair[] => {
  const livePrefix = live.options.entityPrefix;
  const pairs = new Map<string, TablePair>();
  for (const metadata of rebuilt.entityMetadatas) {
    if (metadata.tableType === 'view') continue;
    const name = livePrefix
      ? live.namingStrategy.prefixTableName(livePrefix, metadata.tableNameWithoutPrefix)
      : metadata.tableNameWithoutPrefix;
    const schema = metadata.schema;
    pairs.set(metadata.tablePath, {
      live: schema ? { schema, name } : { name },
      rebuilt: schema ? { schema, name: metadata.tableName } : { name: metadata.tableName },
    });
  }
  return [...pairs.values()];
};

// What the swap could not carry over: LIKE copies no foreign keys, a serial column's sequence belongs
// to the old table and goes with it, and a view would have to be dropped with the table it reads.
const OBSTACLES_SQL = `
SELECT format('foreign key %s', conname) AS reason FROM pg_constraint
 WHERE contype = 'f' AND (conrelid = $1::regclass OR confrelid = $1::regclass)
UNION ALL
SELECT format('column %s takes its default from a sequence', a.attname) FROM pg_attrdef d
  JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
 WHERE d.adrelid = $1::regclass AND pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%'
UNION ALL
SELECT DISTINCT format('view %s reads it', v.oid::regclass) FROM pg_depend dep
  JOIN pg_rewrite r ON r.oid = dep.objid JOIN pg_class v ON v.oid = r.ev_class
 WHERE dep.refobjid = $1::regclass AND v.oid <> $1::regclass`;

/** Empty copies of the live tables, with their columns, defaults, constraints and indexes. */
export const createRebuildTables = async (
  manager: EntityManager,
  pairs: readonly TablePair[],
): Promise<void> => {
  for (const { live, rebuilt } of pairs) {
    const obstacles = await manager.query<{ reason: string }[]>(OBSTACLES_SQL, [qualified(live)]);
    if (obstacles.length > 0)
      throw new RebuildRefused(
        qualified(live),
        obstacles.map((o) => o.reason),
      );
    await manager.query(`DROP TABLE IF EXISTS ${qualified(rebuilt)}`);
    await manager.query(`CREATE TABLE ${qualified(rebuilt)} (LIKE ${qualified(live)} INCLUDING ALL)`);
  }
};

export const dropRebuildTables = async (
  manager: EntityManager,
  pairs: readonly TablePair[],
): Promise<void> => {
  for (const { rebuilt } of pairs) await manager.query(`DROP TABLE IF EXISTS ${qualified(rebuilt)}`);
};

interface IndexRow {
  readonly index: string;
  readonly name: string;
  readonly shape: string;
}

// An index's shape is its definition without its own or its table's name, so each copy made by
// LIKE can be matched with the index it was copied from.
const INDEXES_SQL = `
SELECT x.indexrelid::regclass::text AS index, i.relname AS name,
       concat_ws('|', x.indisprimary, x.indisunique, substring(pg_get_indexdef(x.indexrelid) FROM ' USING .*$')) AS shape
  FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
 WHERE x.indrelid = $1::regclass
 ORDER BY i.relname`;

/**
 * Puts the rebuilt tables in the live ones' place. LIKE names the copied indexes after the new table;
 * they get the old names back (renaming an index renames its constraint too), so a later migration
 * that names an index or a primary key finds it however often the projection was rebuilt.
 */
export const swapTables = async (manager: EntityManager, pairs: readonly TablePair[]): Promise<void> => {
  for (const { live, rebuilt } of pairs) {
    const liveIndexes = await manager.query<IndexRow[]>(INDEXES_SQL, [qualified(live)]);
    const copies = await manager.query<IndexRow[]>(INDEXES_SQL, [qualified(rebuilt)]);
    await manager.query(`DROP TABLE ${qualified(live)}`);
    await manager.query(`ALTER TABLE ${qualified(rebuilt)} RENAME TO ${quoteIdentifier(live.name)}`);
    for (const original of liveIndexes) {
      const copy = copies.findIndex((candidate) => candidate.shape === original.shape);
      if (copy < 0) continue;
      const [{ index }] = copies.splice(copy, 1) as [IndexRow];
      await manager.query(`ALTER INDEX ${index} RENAME TO ${quoteIdentifier(original.name)}`);
    }
  }
};
