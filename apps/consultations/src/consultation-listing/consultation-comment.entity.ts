import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Just enough of each comment to count a consultation's comments by what became of them. */
@Entity({ name: 'consultations_consultation_comments' })
export class ConsultationComment {
  @PrimaryColumn('uuid', { name: 'comment_id' }) commentId!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('text') state!: 'submitted' | 'withdrawn' | 'hidden';
}
