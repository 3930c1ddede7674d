import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One notice in one participant's inbox: an implementation update of a project they followed at the
 * time, or the feasibility decision on a project they proposed.
 */
@Entity({ name: 'budgeting_notifications' })
@Index('budgeting_notifications_inbox', ['participantId', 'logPosition'])
export class Notification {
  @PrimaryColumn('uuid', { name: 'participant_id' }) participantId!: string;
  /** The event's id: a participant is told of each event once. */
  @PrimaryColumn('uuid', { name: 'event_id' }) eventId!: string;
  @Column('uuid', { name: 'project_id' }) projectId!: string;
  @Column('text', { name: 'log_position' }) logPosition!: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
  @Column('jsonb', { name: 'project_title' }) projectTitle!: object;
  @Column('text') kind!: 'implementation-update' | 'feasibility-assessed';
  /** The implementation status, or `feasible` / `not-feasible`. */
  @Column('text') status!: string;
  /** Implementation updates only. */
  @Column('integer', { nullable: true }) progress!: number | null;
  /** The officer's public note, or the reason a project is not feasible. */
  @Column('jsonb') note!: object;
}
