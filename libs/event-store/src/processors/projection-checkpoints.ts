import type { DataSource, EntityManager } from 'typeorm';
import { START, type Position } from '../port/position';

export interface ProjectionCheckpoint {
  readonly position: Position;
  readonly generation: number;
}

type Rows = { position: Position; generation: number }[];

export const registerProjection = async (dataSource: DataSource, projection: string): Promise<void> => {
  await dataSource.query(
    `INSERT INTO projection_checkpoints (projection, position) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
    [projection, START],
  );
};

export const readCheckpoint = async (
  source: DataSource | EntityManager,
  projection: string,
): Promise<ProjectionCheckpoint> => {
  const rows = await source.query<Rows>(
    'SELECT position, generation FROM projection_checkpoints WHERE projection = $1',
    [projection],
  );
  return rows[0] ?? { position: START, generation: 0 };
};

/**
 * Locks the projection's checkpoint row until the transaction ends. Every writer of a projection's
 * tables takes this lock first, so runners in several processes and a rebuild's switch-over take
 * turns, and each sees where the last one left off.
 */
export const lockCheckpoint = async (
  manager: EntityManager,
  projection: string,
): Promise<ProjectionCheckpoint> => {
  const rows = await manager.query<Rows>(
    'SELECT position, generation FROM projection_checkpoints WHERE projection = $1 FOR UPDATE',
    [projection],
  );
  const row = rows[0];
  if (!row) throw new Error(`projection ${projection} has no checkpoint row: start its runner first`);
  return row;
};

export const saveCheckpoint = async (
  manager: EntityManager,
  projection: string,
  checkpoint: ProjectionCheckpoint,
): Promise<void> => {
  await manager.query(
    `UPDATE projection_checkpoints SET position = $2, generation = $3, updated_at = now() WHERE projection = $1`,
    [projection, checkpoint.position, checkpoint.generation],
  );
};
