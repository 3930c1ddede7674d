import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A project results published as funded: the start of its public implementation page. */
@Entity({ name: 'budgeting_funded_projects' })
export class FundedProject {
  @PrimaryColumn('uuid', { name: 'project_id' }) projectId!: string;
  @Column('uuid', { name: 'cycle_id' }) cycleId!: string;
  @Column('text') amount!: string;
  @Column('text', { name: 'funded_by' }) fundedBy!: 'tally' | 'override';
  @Column('timestamptz', { name: 'funded_at' }) fundedAt!: Date;
}
