// A context whose one read model can be held back, so a test can read before it has caught up.
import { Body, Controller, Get, Module, Param, Post } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { IsString } from 'class-validator';
import { Column, Entity, PrimaryColumn, type EntityManager, type Repository } from 'typeorm';
import { NotFound, s } from '@commonplan/kernel';
import { ACCESS_POLICY, type AccessPolicy } from '@commonplan/contracts';
import type { Projection, RecordedEvent } from '@commonplan/event-store';
import type { ContextContribution } from '../context/context-contribution';
import { EventStreams } from '../database/event-streams';

@Entity({ name: 'pinned_notices' })
export class PinnedNotice {
  @PrimaryColumn('text')
  id!: string;

  @Column('text')
  text!: string;
}

/** Keeps the projection's batch waiting, inside its transaction, until the test lets it through. */
export class Hold {
  private opened: Promise<void> = Promise.resolve();
  private open: () => void = () => undefined;

  close(): void {
    this.opened = new Promise((resolve) => (this.open = resolve));
  }

  release(): void {
    this.open();
  }

  passage(): Promise<void> {
    return this.opened;
  }
}

export const noticeboard = { hold: new Hold(), applied: 0 };

const pinnedNotices: Projection = {
  name: 'noticeboard.pinned',
  entities: [PinnedNotice],
  handles: ['NoticePinned'],
  apply: async (event: RecordedEvent, manager: EntityManager) => {
    await noticeboard.hold.passage();
    const { text } = event.data as { text: string };
    await manager.save(PinnedNotice, { id: event.streamName.replace(/^notice-/, ''), text });
    noticeboard.applied += 1;
  },
};

class PinNotice {
  @IsString()
  text!: string;
}

@Controller('notices')
class NoticeboardController {
  constructor(
    private readonly streams: EventStreams,
    @InjectRepository(PinnedNotice) private readonly notices: Repository<PinnedNotice>,
  ) {}

  @Post(':id')
  async pin(@Param('id') id: string, @Body() body: PinNotice): Promise<{ id: string }> {
    await this.streams.inTransaction((session) =>
      this.streams.append(
        session,
        'notice',
        id,
        [{ type: 'NoticePinned', data: { text: body.text } }],
        'no-stream',
        {
          unnamed: true,
          role: 'clerk',
        },
      ),
    );
    return { id };
  }

  /** Touches no table, so it answers while the held projection keeps PGlite's one session. */
  @Get('applied')
  applied(): { applied: number } {
    return { applied: noticeboard.applied };
  }

  @Get(':id')
  async find(@Param('id') id: string): Promise<PinnedNotice> {
    const notice = await this.notices.findOneBy({ id });
    if (!notice) throw new NotFound('notice.not-found', `no notice ${id} is pinned`);
    return notice;
  }
}

@Module({
  imports: [TypeOrmModule.forFeature([PinnedNotice])],
  controllers: [NoticeboardController],
})
class NoticeboardModule {}

export const noticeboardContext: ContextContribution = {
  name: 'noticeboard',
  module: NoticeboardModule,
  streamTypes: [
    {
      streamType: 'notice',
      events: [{ type: 'NoticePinned', version: 1, schema: s.object({ text: s.string({ min: 1 }) }) }],
    },
  ],
  migrations: [
    {
      id: 'noticeboard/0001-pinned-notices',
      sql: 'CREATE TABLE pinned_notices (id text PRIMARY KEY, text text NOT NULL)',
    },
  ],
  projections: [pinnedNotices],
};

export const noticeboardAccessPolicy: AccessPolicy = {
  ...ACCESS_POLICY,
  'POST /notices/:id': 'public',
  'GET /notices/applied': 'public',
  'GET /notices/:id': 'public',
};
