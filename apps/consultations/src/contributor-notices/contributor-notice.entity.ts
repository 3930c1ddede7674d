import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ContributorNotice } from './contributor-notice';

/** A contributor's inbox: one notice per comment once its consultation's outcome is published. */
@Entity({ name: 'consultations_contributor_notices' })
export class ContributorNoticeRecord {
  @PrimaryColumn('uuid', { name: 'comment_id' }) commentId!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('uuid', { name: 'participant_id' }) participantId!: string;
  @Column('timestamptz', { name: 'published_at' }) publishedAt!: Date;
  @Column('jsonb') notice!: ContributorNotice;
}
