import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last version of each ballot stream: the one that counts. Keyed by the stream id so a changed
 * ballot replaces its earlier version; that id is never shown, only the receipt is.
 */
@Entity({ name: 'budgeting_counted_ballots' })
export class CountedBallotRow {
  @PrimaryColumn('text', { name: 'ballot_id' }) ballotId!: string;
  @Column('uuid', { name: 'cycle_id' }) cycleId!: string;
  /** The hash of the ballot's last event, which the voter was given as a receipt. */
  @Column('text') receipt!: string;
  @Column('text', { nullable: true }) district!: string | null;
  @Column('text') kind!: 'approval' | 'knapsack' | 'ranked' | 'cumulative';
  @Column('jsonb') projects!: string[];
  @Column('jsonb', { nullable: true }) points!: number[] | null;
  @Column('integer') version!: number;
  /** Where in the log this version is, so a list can be cut at the position a tally read at. */
  @Column('text', { name: 'log_position' }) logPosition!: string;
}
