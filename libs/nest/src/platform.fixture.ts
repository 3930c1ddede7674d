// A small context that uses everything a context can contribute, so the test can see the platform honour each contribution.
import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Inject, Injectable, Module, Param, Post } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { IsString } from 'class-validator';
import { Column, Entity, PrimaryColumn, type EntityManager, type Repository } from 'typeorm';
import { s } from '@commonplan/kernel';
import { ACCESS_POLICY, type AccessPolicy } from '@commonplan/contracts';
import {
  formatStreamName,
  type EventStore,
  type Projection,
  type RecordedEvent,
} from '@commonplan/event-store';
import type {
  ContextContribution,
  ContextHealth,
  ContextHealthIndicator,
} from './context/context-contribution';
import { EVENT_STORE } from './database/database.tokens';

@Entity({ name: 'lanterns' })
export class Lantern {
  @PrimaryColumn('text')
  id!: string;

  @Column('text')
  street!: string;
}

/** A read model kept by the platform's projection runner, not by the controller. */
@Entity({ name: 'lit_streets' })
export class LitStreet {
  @PrimaryColumn('text')
  street!: string;

  @Column('int')
  lanterns!: number;
}

const litStreets: Projection = {
  name: 'lanterns.lit-streets',
  entities: [LitStreet],
  handles: ['LanternLit'],
  apply: async (event: RecordedEvent, manager: EntityManager) => {
    const { street } = event.data as { street: string };
    const known = await manager.findOneBy(LitStreet, { street });
    await manager.save(LitStreet, { street, lanterns: (known?.lanterns ?? 0) + 1 });
  },
};

/** Looser than the event's schema on purpose, so the test can reach the event catalog's check. */
class LightLantern {
  @IsString()
  street!: string;
}

/** What the test flips to take the context down. */
@Injectable()
export class LanternSwitch {
  outage: string | undefined;
  /** Makes the check itself throw, as a bug or an unreachable dependency would. */
  broken = false;
}

@Injectable()
export class LanternHealth implements ContextHealthIndicator {
  constructor(private readonly lanternSwitch: LanternSwitch) {}

  async check(): Promise<ContextHealth> {
    if (this.lanternSwitch.broken) throw new Error('the gas main at 10.0.0.9 is unreachable');
    const reason = this.lanternSwitch.outage;
    return reason === undefined ? { status: 'up' } : { status: 'down', reason };
  }
}

@Controller('lanterns')
class LanternController {
  constructor(
    @InjectRepository(Lantern) private readonly lanterns: Repository<Lantern>,
    @InjectRepository(LitStreet) private readonly litStreets: Repository<LitStreet>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Post(':id')
  async light(@Param('id') id: string, @Body() body: LightLantern): Promise<Lantern> {
    await this.store.append(
      formatStreamName({ type: 'lantern', id }),
      [
        {
          eventId: randomUUID(),
          type: 'LanternLit',
          data: { street: body.street },
          metadata: { correlationId: randomUUID() },
        },
      ],
      'no-stream',
    );
    return this.lanterns.save(Object.assign(new Lantern(), { id, street: body.street }));
  }

  @Get(':id')
  find(@Param('id') id: string): Promise<Lantern | null> {
    return this.lanterns.findOneBy({ id });
  }

  @Get('streets/:street')
  street(@Param('street') street: string): Promise<LitStreet | null> {
    return this.litStreets.findOneBy({ street });
  }

  @Get(':id/events')
  events(@Param('id') id: string): Promise<readonly RecordedEvent[]> {
    return this.store.readStream(formatStreamName({ type: 'lantern', id }));
  }
}

@Module({
  imports: [TypeOrmModule.forFeature([Lantern, LitStreet])],
  controllers: [LanternController],
  providers: [LanternSwitch, LanternHealth],
})
class LanternsModule {}

export const lanternsContext: ContextContribution = {
  name: 'lanterns',
  module: LanternsModule,
  streamTypes: [
    {
      streamType: 'lantern',
      events: [{ type: 'LanternLit', version: 1, schema: s.object({ street: s.string({ min: 1 }) }) }],
    },
  ],
  migrations: [
    {
      id: 'lanterns/0001-lanterns',
      sql: 'CREATE TABLE lanterns (id text PRIMARY KEY, street text NOT NULL)',
    },
    {
      id: 'lanterns/0002-lit-streets',
      sql: 'CREATE TABLE lit_streets (street text PRIMARY KEY, lanterns int NOT NULL)',
    },
  ],
  projections: [litStreets],
  healthIndicator: LanternHealth,
};

/** The platform's table plus the fixture's routes, which the one table rightly does not know. */
export const lanternsAccessPolicy: AccessPolicy = {
  ...ACCESS_POLICY,
  'POST /lanterns/:id': 'public',
  'GET /lanterns/:id': 'public',
  'GET /lanterns/streets/:street': 'public',
  'GET /lanterns/:id/events': 'public',
};
