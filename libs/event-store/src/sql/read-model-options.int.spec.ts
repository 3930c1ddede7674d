import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { engines, type TestDatabase } from '@commonplan/testing';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { readModelOptions } from './read-model-options';

@Entity({ name: 'proposed_projects' })
class ProposedProject {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  title!: string;

  @Column('int')
  supporters!: number;

  @Column('bigint', { name: 'budget_cents' })
  budgetCents!: string;

  @Column('timestamptz', { name: 'proposed_at' })
  proposedAt!: Date;

  @Column('jsonb')
  districts!: string[];
}

const TABLE = `CREATE TABLE proposed_projects (
  id uuid PRIMARY KEY, title text NOT NULL, supporters int NOT NULL, budget_cents bigint NOT NULL,
  proposed_at timestamptz NOT NULL, districts jsonb NOT NULL)`;

const project = (title: string): ProposedProject =>
  Object.assign(new ProposedProject(), {
    id: randomUUID(),
    title,
    supporters: 12,
    budgetCents: '9007199254740993',
    proposedAt: new Date('2026-03-01T09:30:00.000Z'),
    districts: ['Nordstadt', 'Altstadt'],
  });

describe.each(engines)('read models through TypeORM on %s', (_engine, open) => {
  let test: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    test = await open();
    await test.db.query(TABLE);
    dataSource = await new DataSource(
      readModelOptions(test.db, test.url || undefined, [ProposedProject]),
    ).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await test?.drop();
  });

  it('writes an entity and reads it back, uuid, timestamptz and jsonb columns intact', async () => {
    const drinkingFountain = project('Drinking fountains in the park');
    await dataSource.getRepository(ProposedProject).insert(drinkingFountain);
    const found = await dataSource.getRepository(ProposedProject).findOneBy({ id: drinkingFountain.id });
    // The bigint column has a test of its own below.
    expect({ ...found, budgetCents: String(found?.budgetCents) }).toEqual({ ...drinkingFountain });
  });

  // pg hands int8 over as a string, since it may exceed a JS number; entities are typed for that.
  it('reads a bigint column as a string, as pg does', async () => {
    const budget = project('Interpreters for parents evenings');
    await dataSource.getRepository(ProposedProject).insert(budget);
    const found = await dataSource.getRepository(ProposedProject).findOneBy({ id: budget.id });
    expect(found?.budgetCents).toBe('9007199254740993');
  });

  it('rolls a failed transaction back completely', async () => {
    const benches = project('Benches at the tram stop');
    await expect(
      dataSource.transaction(async (manager) => {
        await manager.insert(ProposedProject, benches);
        throw new Error('the tally changed under us');
      }),
    ).rejects.toThrow('the tally changed under us');
    expect(await dataSource.getRepository(ProposedProject).findOneBy({ id: benches.id })).toBeNull();
  });

  it('keeps a plain query issued during a transaction out of that transaction', async () => {
    const library = project('Multilingual shelf at the library');
    const counselling = project('Evening counselling hours');
    let outside: Promise<unknown> | undefined;
    await expect(
      dataSource.transaction(async (manager) => {
        await manager.insert(ProposedProject, library);
        outside = test.db.query(`INSERT INTO proposed_projects VALUES ($1, $2, 1, 100, now(), '[]'::jsonb)`, [
          counselling.id,
          counselling.title,
        ]);
        // Give the outside query every chance to slip into the open transaction.
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    await outside;
    const repository = dataSource.getRepository(ProposedProject);
    expect(await repository.findOneBy({ id: library.id })).toBeNull();
    expect(await repository.findOneBy({ id: counselling.id })).toMatchObject({ title: counselling.title });
  });
});
