import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Comment } from '../comments/comment';
import type { LocalizedText } from '../consultations/localized-text';

/*
 * What the contributor notices keep of the log to write each notice when an outcome is published:
 * their own copies, so the inbox depends on no other read model and rebuilds on its own.
 */

@Entity({ name: 'consultations_notice_consultations' })
export class NoticeConsultation {
  @PrimaryColumn('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('jsonb') title!: LocalizedText;
  /** Set once the notices of the outcome are written, which is what the mail reactor waits for. */
  @Column('timestamptz', { name: 'outcome_published_at', nullable: true }) outcomePublishedAt!: Date | null;
}

/** A section's heading or a measure's number, by the element's id: both stay put across versions. */
@Entity({ name: 'consultations_notice_plan_elements' })
export class NoticePlanElement {
  @PrimaryColumn('uuid', { name: 'element_id' }) elementId!: string;
  @Column('text') label!: string;
}

@Entity({ name: 'consultations_notice_amendments' })
export class NoticeAmendment {
  @PrimaryColumn('uuid', { name: 'amendment_id' }) amendmentId!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
  /** Its place in the consultation's stream: amendments are listed in the order they were proposed. */
  @Column('integer') position!: number;
  @Column('text') kind!: 'add' | 'change' | 'remove';
  @Column('uuid', { name: 'measure_id' }) measureId!: string;
  @Column('text', { nullable: true }) number!: string | null;
  @Column('jsonb', { name: 'motivated_by' }) motivatedBy!: string[];
  @Column('boolean') withdrawn!: boolean;
}

/** A comment folded from its stream, as the domain's `Comment`. */
@Entity({ name: 'consultations_notice_comments' })
export class NoticeComment {
  @PrimaryColumn('uuid', { name: 'comment_id' }) commentId!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('jsonb') state!: Comment;
}
