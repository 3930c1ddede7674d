import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One implementation update in the inbox of one participant who followed the project at the time. */
@Entity({ name: 'budgeting_notifications' })
@Index('budgeting_notifications_inbox', ['participantId', 'logPosition'])
export class Notification {
  @PrimaryColumn('uuid', { name: 'participant_id' }) participantId!: string;
  /** The update's event id: a participant is told of an update once. */
  @PrimaryColumn('uuid', { name: 'event_id' }) eventId!: string;
  @Column('uuid', { name: 'project_id' }) projectId!: string;
  @Column('text', { name: 'log_position' }) logPosition!: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
  @Column('jsonb', { name: 'project_title' }) projectTitle!: object;
  @Column('text') status!: string;
  @Column('integer') progress!: number;
  @Column('jsonb') note!: object;
}
