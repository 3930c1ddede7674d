import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A published outcome report in one of its consultation's languages, rendered once when the outcome is
 * published: reading it never folds the consultation's comments again. Kept as the exact bytes
 * served, so every download of one outcome is the same file.
 */
@Entity({ name: 'consultations_outcome_reports' })
export class OutcomeReportRecord {
  @PrimaryColumn('uuid', { name: 'consultation_id' }) consultationId!: string;
  @PrimaryColumn('text') language!: string;
  /** The consultation's order of languages; the first is served when the reader asks for none. */
  @Column('integer') ordinal!: number;
  @Column('text') json!: string;
  @Column('text') csv!: string;
  @Column('text') html!: string;
  @Column('timestamptz', { name: 'published_at' }) publishedAt!: Date;
}
