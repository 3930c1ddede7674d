import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A project as the public list shows it; who proposed it is not shown. */
@Entity({ name: 'budgeting_projects' })
export class ProjectListing {
  @PrimaryColumn('uuid', { name: 'project_id' }) projectId!: string;
  @Column('uuid', { name: 'cycle_id' }) cycleId!: string;
  @Column('jsonb') title!: object;
  @Column('jsonb') description!: object;
  @Column('text') category!: string;
  @Column('text', { nullable: true }) district!: string | null;
  @Column('text', { name: 'cost_estimate' }) costEstimate!: string;
  @Column('text') cost!: string;
  @Column('text') feasibility!: string;
  @Column('jsonb', { name: 'infeasibility_reason', nullable: true }) infeasibilityReason!: object | null;
  @Column('uuid', { name: 'merged_into', nullable: true }) mergedInto!: string | null;
  @Column('jsonb', { nullable: true }) place!: object | null;
  /** How many residents support it: a count only, never who. */
  @Column('integer') supports!: number;
}
