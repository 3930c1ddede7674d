import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LocalizedText } from '../consultations/localized-text';

/** A consultation as the public list and page show it. */
@Entity({ name: 'consultations_consultations' })
export class ConsultationListing {
  @PrimaryColumn('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('uuid', { name: 'plan_id' }) planId!: string;
  @Column('integer', { name: 'plan_version' }) planVersion!: number;
  @Column('jsonb') title!: LocalizedText;
  @Column('jsonb') explanation!: LocalizedText;
  @Column('timestamptz', { name: 'opens_at' }) opensAt!: Date;
  @Column('timestamptz', { name: 'closes_at' }) closesAt!: Date;
  @Column('jsonb') languages!: string[];
  @Column('text', { name: 'who_may_comment' }) whoMayComment!: string;
  @Column('boolean') closed!: boolean;
  /** Standing amendments: proposed and not withdrawn. */
  @Column('integer') amendments!: number;
  @Column('integer', { name: 'next_plan_version', nullable: true }) nextPlanVersion!: number | null;
  @Column('timestamptz', { name: 'outcome_published_at', nullable: true }) outcomePublishedAt!: Date | null;
}
