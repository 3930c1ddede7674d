import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal, type Principal } from '@commonplan/nest';
import { CommentStreams } from '../comment-streams.adapter';
import { markDuplicate } from './mark-duplicate';
import { MarkDuplicateRequest } from './mark-duplicate.request';

@ApiTags('consultations')
@Controller('consultations/:consultationId/comments/:commentId')
export class MarkDuplicateController {
  constructor(private readonly comments: CommentStreams) {}

  @Post('duplicate-of')
  @ApiOperation({
    summary: 'Mark a comment as a duplicate of another',
    description:
      'Its original’s response then answers it too. Refused with 404 (no such comment in this ' +
      'consultation), 409 (marked already) or 422 (itself, a loop, a withdrawn or hidden original, ' +
      'the outcome published).',
  })
  @ApiCreatedResponse({ description: 'Marked' })
  async mark(
    @CurrentPrincipal() officer: Principal,
    @Param('consultationId', new ParseUUIDPipe()) consultationId: string,
    @Param('commentId', new ParseUUIDPipe()) commentId: string,
    @Body() body: MarkDuplicateRequest,
  ): Promise<{ commentId: string; duplicateOf: string }> {
    await this.comments.change(
      consultationId,
      commentId,
      actorOf(officer),
      async (comment, consultation, session) =>
        markDuplicate(
          { commentId, comment },
          body.duplicateOf,
          await this.comments.commentsFrom(session, [body.duplicateOf]),
          consultation,
          officer.participantId,
        ),
    );
    return { commentId, duplicateOf: body.duplicateOf };
  }
}
