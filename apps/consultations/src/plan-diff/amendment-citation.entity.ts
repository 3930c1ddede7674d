import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The comments an amendment cites, so a diff can name the comments behind each change. */
@Entity({ name: 'consultations_amendment_citations' })
export class AmendmentCitation {
  @PrimaryColumn('uuid', { name: 'amendment_id' }) amendmentId!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('jsonb', { name: 'comment_ids' }) commentIds!: string[];
}
