import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One implementation update as the public sees it; who wrote it stays in the log. */
@Entity({ name: 'budgeting_implementation_updates' })
@Index('budgeting_implementation_updates_project', ['projectId', 'logPosition'])
export class ImplementationUpdateRecord {
  @PrimaryColumn('uuid', { name: 'event_id' }) eventId!: string;
  @Column('uuid', { name: 'project_id' }) projectId!: string;
  /** The log position: string order is log order, so updates sort as they happened. */
  @Column('text', { name: 'log_position' }) logPosition!: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
  @Column('text') status!: string;
  @Column('integer') progress!: number;
  @Column('jsonb') milestones!: object[];
  @Column('jsonb') photos!: object[];
  @Column('jsonb') note!: object;
}
