import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A project's title in its languages, kept by the notifications projection so inboxes can name it,
 * and who proposed it, to be told what became of it.
 */
@Entity({ name: 'budgeting_notification_projects' })
export class NotificationProject {
  @PrimaryColumn('uuid', { name: 'project_id' }) projectId!: string;
  @Column('jsonb') title!: object;
  @Column('uuid', { name: 'proposed_by', nullable: true }) proposedBy!: string | null;
}
