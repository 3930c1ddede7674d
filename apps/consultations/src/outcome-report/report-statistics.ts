import { CHANNELS, CONTRIBUTOR_TYPES } from '../comments/comment.events';
import {
  REPORTED_STATUSES,
  type ReportedComment,
  type ReportStatistics,
  type StatusCounts,
} from './outcome-report';

type Counts = { total: number } & Record<(typeof REPORTED_STATUSES)[number], number>;

const zero = (): Counts =>
  ({ total: 0, ...Object.fromEntries(REPORTED_STATUSES.map((status) => [status, 0])) }) as Counts;

const tableOf = <K extends string>(keys: readonly K[]): Record<K, Counts> =>
  Object.fromEntries(keys.map((key) => [key, zero()])) as Record<K, Counts>;

/**
 * The figures of the outcome: listed comments by status, and by status within each contributor type
 * and channel, every type and channel present even at zero so tables line up across consultations.
 */
export const statisticsOf = (
  listed: readonly ReportedComment[],
  totals: { readonly submitted: number; readonly withdrawn: number; readonly hidden: number },
): ReportStatistics => {
  const byStatus = zero();
  const byContributorType = tableOf(CONTRIBUTOR_TYPES);
  const byChannel = tableOf(CHANNELS);
  let duplicates = 0;
  for (const comment of listed) {
    for (const counts of [byStatus, byContributorType[comment.contributorType], byChannel[comment.channel]]) {
      counts.total++;
      counts[comment.status]++;
    }
    if (comment.duplicateOf) duplicates++;
  }
  return {
    submitted: totals.submitted,
    withdrawn: totals.withdrawn,
    hidden: totals.hidden,
    listed: listed.length,
    duplicates,
    byStatus: byStatus as StatusCounts,
    byContributorType,
    byChannel,
  };
};
