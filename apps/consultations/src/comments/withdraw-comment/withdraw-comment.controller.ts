import { Controller, Delete, HttpCode, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal, type Principal } from '@commonplan/nest';
import { CommentStreams } from '../comment-streams.adapter';
import { withdrawComment } from './withdraw-comment';

@ApiTags('consultations')
@Controller('consultations/:consultationId/comments/:commentId')
export class WithdrawCommentController {
  constructor(private readonly comments: CommentStreams) {}

  @Delete()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Withdraw one’s own comment',
    description:
      'Only its contributor, and only before the consultation closes. It is kept in the log and counted ' +
      'as withdrawn in the outcome, but no longer listed. Refused with 403 (`comment.not-yours`), 404, ' +
      '409 (withdrawn already) or 422 (`consultation.closed`).',
  })
  @ApiNoContentResponse({ description: 'Withdrawn' })
  async withdraw(
    @CurrentPrincipal() contributor: Principal,
    @Param('consultationId', new ParseUUIDPipe()) consultationId: string,
    @Param('commentId', new ParseUUIDPipe()) commentId: string,
  ): Promise<void> {
    await this.comments.change(consultationId, commentId, actorOf(contributor), (comment, consultation) =>
      withdrawComment(comment, consultation, contributor.participantId, new Date()),
    );
  }
}
