import { Controller, Delete, HttpCode, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal, EventStreams, type Principal } from '@commonplan/nest';
import { CommentStreams } from '../../comments/comment-streams.adapter';
import { CONSULTATION_STREAM } from '../consultation.events';
import { withdrawAmendment } from './withdraw-amendment';

@ApiTags('consultations')
@Controller('consultations/:consultationId/amendments/:amendmentId')
export class WithdrawAmendmentController {
  constructor(
    private readonly streams: EventStreams,
    private readonly comments: CommentStreams,
  ) {}

  @Delete()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Withdraw a proposed amendment',
    description:
      'It stays in the record as considered and withdrawn; responses citing it must cite another or say ' +
      'why none is needed. Refused with 404, 409 (withdrawn already) or 422 (the outcome is published).',
  })
  @ApiNoContentResponse({ description: 'Withdrawn' })
  async withdraw(
    @CurrentPrincipal() officer: Principal,
    @Param('consultationId', new ParseUUIDPipe()) consultationId: string,
    @Param('amendmentId', new ParseUUIDPipe()) amendmentId: string,
  ): Promise<void> {
    await this.streams.inTransaction(async (session) => {
      await this.streams.awaitTurn(session, CONSULTATION_STREAM, consultationId);
      const { state, version } = await this.comments.consultationToChange(session, consultationId);
      const events = withdrawAmendment(state, amendmentId, officer.participantId);
      await this.streams.append(
        session,
        CONSULTATION_STREAM,
        consultationId,
        events,
        version,
        actorOf(officer),
      );
    });
  }
}
