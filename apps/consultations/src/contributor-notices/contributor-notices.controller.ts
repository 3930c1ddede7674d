import { Controller, Get } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Repository } from 'typeorm';
import { CurrentPrincipal, type Principal } from '@commonplan/nest';
import { ContributorNoticeRecord } from './contributor-notice.entity';
import { noticeMessage } from './notice-wording';

@ApiTags('consultations')
@Controller('consultations')
export class ContributorNoticesController {
  constructor(
    @InjectRepository(ContributorNoticeRecord) private readonly notices: Repository<ContributorNoticeRecord>,
  ) {}

  @Get('me/notices')
  @ApiOperation({
    summary: 'My notices: what happened to each of my comments',
    description:
      'One notice per comment the signed-in participant made, once its consultation’s outcome is ' +
      'published: the consultation’s title, an excerpt of the comment and what it was about, its status, ' +
      'the reason and the unit that answered, in the comment’s language where a translation exists, the ' +
      'amendments it led to by measure number, and the outcome report’s address. `message` is the notice ' +
      'as it is mailed.',
  })
  @ApiOkResponse({ description: 'Newest first' })
  async mine(@CurrentPrincipal() contributor: Principal) {
    const rows = await this.notices.find({
      where: { participantId: contributor.participantId },
      order: { publishedAt: 'DESC', commentId: 'ASC' },
    });
    return {
      notices: rows.map(({ notice }) => {
        const { participantId: _participantId, ...shown } = notice;
        return { ...shown, message: noticeMessage(notice) };
      }),
    };
  }
}
