import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal, type Principal } from '@commonplan/nest';
import { CommentStreams } from '../comment-streams.adapter';
import { hideComment } from './hide-comment';
import { HideCommentRequest } from './hide-comment.request';

@ApiTags('consultations')
@Controller('consultations/:consultationId/comments/:commentId')
export class HideCommentController {
  constructor(private readonly comments: CommentStreams) {}

  @Post('hiding')
  @ApiOperation({
    summary: 'Hide a comment, giving a public reason',
    description:
      'A moderator hides it; it is never deleted: the list shows it hidden with the reason, and the ' +
      'outcome counts it. Refused with 400 (no reason), 404 or 409 (hidden already).',
  })
  @ApiCreatedResponse({ description: 'Hidden' })
  async hide(
    @CurrentPrincipal() moderator: Principal,
    @Param('consultationId', new ParseUUIDPipe()) consultationId: string,
    @Param('commentId', new ParseUUIDPipe()) commentId: string,
    @Body() body: HideCommentRequest,
  ): Promise<{ commentId: string; hidden: true }> {
    await this.comments.change(consultationId, commentId, actorOf(moderator), (comment) =>
      hideComment(comment, body.reason, moderator.participantId),
    );
    return { commentId, hidden: true };
  }
}
