import { Entity, PrimaryColumn } from 'typeorm';

/**
 * Who follows which project right now, as the notifications projection has read it so far. Its own
 * copy, not another read model's: a projection is rebuilt from the log alone.
 */
@Entity({ name: 'budgeting_notification_followers' })
export class NotificationFollower {
  @PrimaryColumn('uuid', { name: 'project_id' }) projectId!: string;
  @PrimaryColumn('uuid', { name: 'participant_id' }) participantId!: string;
}
