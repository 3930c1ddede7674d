// Two small contexts that use the relay and a consumer, so the test can see events cross from one to the other.
import { Injectable, Module } from '@nestjs/common';
import { Column, Entity, PrimaryColumn, type EntityManager } from 'typeorm';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { IntegrationEvent, IntegrationEventContract } from '@commonplan/contracts';
import type { Projection, RecordedEvent, SqlSession } from '@commonplan/event-store';
import { s, type Infer } from '@commonplan/kernel';
import type { ContextContribution } from '../context/context-contribution';
import { consumer, publication, type IntegrationEventHandler } from '../context/integration-events';

const bellRungPayload = s.object({ bell: s.string({ min: 1 }), strokes: s.integer({ min: 1 }) });
type BellRung = Infer<typeof bellRungPayload>;

export const bellRungV1: IntegrationEventContract<'BellRung', BellRung> = {
  context: 'belfry',
  type: 'BellRung',
  version: 1,
  schema: bellRungPayload,
};

/** What the test flips: a mapping that lets the ringer's name through, as a careless change would. */
export const belfryMapping = { leaksRinger: false, attempts: 0 };

interface RungData {
  readonly bell: string;
  readonly strokes: number;
  readonly ringer: string;
}

@Entity({ name: 'belfry_bells' })
export class BellTally {
  @PrimaryColumn('text')
  bell!: string;

  @Column('int')
  strokes!: number;
}

const bellTallies: Projection = {
  name: 'belfry.bells',
  entities: [BellTally],
  handles: ['BellRung'],
  apply: async (event: RecordedEvent, manager: EntityManager) => {
    const { bell, strokes } = event.data as RungData;
    const known = await manager.findOneBy(BellTally, { bell });
    await manager.save(BellTally, { bell, strokes: (known?.strokes ?? 0) + strokes });
  },
};

@Module({ imports: [TypeOrmModule.forFeature([BellTally])] })
class BelfryModule {}

export const belfryContext: ContextContribution = {
  name: 'belfry',
  module: BelfryModule,
  streamTypes: [
    {
      streamType: 'bell',
      events: [
        {
          type: 'BellRung',
          version: 1,
          schema: s.object({ bell: s.string(), strokes: s.integer({ min: 1 }), ringer: s.string() }),
        },
        { type: 'BellOiled', version: 1, schema: s.object({ by: s.string() }) },
      ],
    },
  ],
  migrations: [
    {
      id: 'belfry/0001-bells',
      sql: 'CREATE TABLE belfry_bells (bell text PRIMARY KEY, strokes int NOT NULL)',
    },
  ],
  projections: [bellTallies],
  publishes: [
    publication({
      streamType: 'bell',
      eventType: 'BellRung',
      contract: bellRungV1,
      payload: (event) => {
        const { bell, strokes, ringer } = event.data as RungData;
        if (!belfryMapping.leaksRinger) return { bell, strokes };
        belfryMapping.attempts++;
        return { bell, strokes, ringer } as BellRung;
      },
    }),
  ],
};

/** Adds up strokes: applied twice, a redelivered event would show. */
@Injectable()
export class CountStrokes implements IntegrationEventHandler<BellRung> {
  async handle(event: IntegrationEvent<string, BellRung>, session: SqlSession): Promise<void> {
    await session.query(
      `INSERT INTO parish_strokes (bell, strokes) VALUES ($1, $2)
       ON CONFLICT (bell) DO UPDATE SET strokes = parish_strokes.strokes + excluded.strokes`,
      [event.payload.bell, event.payload.strokes],
    );
  }
}

@Module({ providers: [CountStrokes] })
class ParishModule {}

export const parishContext: ContextContribution = {
  name: 'parish',
  module: ParishModule,
  streamTypes: [],
  migrations: [
    {
      id: 'parish/0001-strokes',
      sql: 'CREATE TABLE parish_strokes (bell text PRIMARY KEY, strokes int NOT NULL)',
    },
  ],
  consumers: [consumer({ name: 'strokes', contract: bellRungV1, handler: CountStrokes })],
};
