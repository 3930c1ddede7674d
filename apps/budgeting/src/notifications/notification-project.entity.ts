import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A project's title in its languages, kept by the notifications projection so inboxes can name it. */
@Entity({ name: 'budgeting_notification_projects' })
export class NotificationProject {
  @PrimaryColumn('uuid', { name: 'project_id' }) projectId!: string;
  @Column('jsonb') title!: object;
}
