import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Derivation, PlanContent } from '../plans/plan';

/** One published version of a plan, whole, as it reads: it never changes once written. */
@Entity({ name: 'consultations_plan_versions' })
export class PlanVersionRecord {
  @PrimaryColumn('uuid', { name: 'plan_id' }) planId!: string;
  @PrimaryColumn('integer') version!: number;
  @Column('jsonb') content!: PlanContent;
  @Column('jsonb', { nullable: true }) derivation!: Derivation | null;
  @Column('timestamptz', { name: 'published_at' }) publishedAt!: Date;
}
