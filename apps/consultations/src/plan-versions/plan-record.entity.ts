import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PlanContent } from '../plans/plan';

/** A plan as officers list it: the draft they work on until it is published, then its latest version. */
@Entity({ name: 'consultations_plans' })
export class PlanRecord {
  @PrimaryColumn('uuid', { name: 'plan_id' }) planId!: string;
  @Column('text') kind!: string;
  @Column('text') title!: string;
  @Column('text') language!: string;
  @Column('text') source!: string;
  @Column('uuid', { name: 'drafted_by' }) draftedBy!: string;
  @Column('timestamptz', { name: 'drafted_at' }) draftedAt!: Date;
  @Column('jsonb', { nullable: true }) draft!: PlanContent | null;
  @Column('integer', { name: 'latest_version', nullable: true }) latestVersion!: number | null;
}
