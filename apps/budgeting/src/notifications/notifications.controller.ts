import { Controller, Get } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Repository } from 'typeorm';
import { CurrentPrincipal, type Principal } from '@commonplan/nest';
import { Notification } from './notification.entity';

/** Enough for a phone screen and a slow line; older ones are not lost, only not listed. */
const NEWEST = 100;

@ApiTags('budgeting')
@Controller('budgeting/me/notifications')
export class NotificationsController {
  constructor(@InjectRepository(Notification) private readonly inbox: Repository<Notification>) {}

  @Get()
  @ApiOperation({
    summary: 'My notices, newest first',
    description:
      'Implementation updates of the projects I follow (`kind: implementation-update`), and the feasibility ' +
      'decision on each project I proposed, with the public reason when it cannot be done ' +
      '(`kind: feasibility-assessed`).',
  })
  async notifications(@CurrentPrincipal() resident: Principal) {
    const rows = await this.inbox.find({
      where: { participantId: resident.participantId },
      order: { logPosition: 'DESC' },
      take: NEWEST,
    });
    return {
      notifications: rows.map((row) => ({
        notificationId: row.eventId,
        kind: row.kind,
        projectId: row.projectId,
        projectTitle: row.projectTitle,
        status: row.status,
        progress: row.progress,
        note: row.note,
        updatedAt: new Date(row.updatedAt).toISOString(),
      })),
    };
  }
}
