import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A cycle as the public list of cycles shows it: enough to choose one, without loading its stream. */
@Entity({ name: 'budgeting_cycles' })
export class CycleListing {
  @PrimaryColumn('uuid', { name: 'cycle_id' }) cycleId!: string;
  @Column('jsonb') title!: object;
  @Column('text') phase!: string;
  @Column('text', { name: 'budget_amount' }) budgetAmount!: string;
  @Column('text') currency!: string;
  @Column('jsonb') districts!: object;
  @Column('text', { name: 'ballot_kind' }) ballotKind!: string;
  @Column('jsonb') schedule!: object;
  @Column('timestamptz', { name: 'opened_at' }) openedAt!: Date;
}
