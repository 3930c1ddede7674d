import type { SqlSession } from '@commonplan/event-store';
import type { ProjectOnOffer } from '../../cycles/ballot-rules';

interface OfferedRow {
  readonly project_id: string;
  readonly cost: string;
  readonly district: string | null;
}

/**
 * The projects a ballot of the cycle may name: feasible ones not merged into another, at their
 * assessed cost. Read from the public listing, which is final by voting time: projects can no longer
 * be assessed or merged once voting opens.
 */
export const projectsOnOffer = async (
  session: SqlSession,
  cycleId: string,
): Promise<ReadonlyMap<string, ProjectOnOffer>> => {
  const { rows } = await session.query<OfferedRow>(
    `SELECT project_id, cost, district FROM budgeting_projects
      WHERE cycle_id = $1 AND feasibility = 'feasible' AND merged_into IS NULL`,
    [cycleId],
  );
  return new Map(
    rows.map((row) => [
      row.project_id,
      { cost: BigInt(row.cost), ...(row.district === null ? {} : { district: row.district }) },
    ]),
  );
};
