import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CommentTarget } from '../comments/comment.events';
import type { LocalizedText } from '../consultations/localized-text';

/** What a response says, as kept for the listing: who drafted it stays in the log. */
export interface ListedResponse {
  readonly status: string;
  readonly reason: LocalizedText | null;
  readonly respondingUnit: string;
  readonly amendmentIds: readonly string[];
  readonly noAmendmentNeededBecause: LocalizedText | null;
  readonly bulkGroupId: string | null;
}

/**
 * A comment as its consultation lists it. The contributor's id is here only to find a contributor's
 * own comments; the listing never shows it, and never shows who wrote an anonymous comment.
 */
@Entity({ name: 'consultations_comments' })
export class CommentListing {
  @PrimaryColumn('uuid', { name: 'comment_id' }) commentId!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('integer', { name: 'plan_version' }) planVersion!: number;
  @Column('jsonb') target!: CommentTarget;
  @Column('text') text!: string;
  @Column('text') language!: string;
  @Column('text', { name: 'contributor_type' }) contributorType!: string;
  @Column('text', { name: 'organisation_name', nullable: true }) organisationName!: string | null;
  @Column('text', { name: 'published_as' }) publishedAs!: 'anonymous' | 'named';
  @Column('text') channel!: string;
  @Column('uuid', { name: 'contributor_id', nullable: true }) contributorId!: string | null;
  @Column('timestamptz', { name: 'received_at' }) receivedAt!: Date;
  @Column('boolean') withdrawn!: boolean;
  @Column('jsonb', { name: 'hidden_reason', nullable: true }) hiddenReason!: LocalizedText | null;
  @Column('uuid', { name: 'duplicate_of', nullable: true }) duplicateOf!: string | null;
  @Column('jsonb', { nullable: true }) response!: ListedResponse | null;
  @Column('boolean', { name: 'outcome_published' }) outcomePublished!: boolean;
}
