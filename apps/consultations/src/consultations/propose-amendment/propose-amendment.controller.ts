import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal, EventStreams, type Principal } from '@commonplan/nest';
import { CommentStreams } from '../../comments/comment-streams.adapter';
import { CONSULTATION_STREAM } from '../consultation.events';
import { proposeAmendment } from './propose-amendment';
import { amendmentOf, ProposeAmendmentRequest } from './propose-amendment.request';

@ApiTags('consultations')
@Controller('consultations/:consultationId/amendments')
export class ProposeAmendmentController {
  constructor(
    private readonly streams: EventStreams,
    private readonly comments: CommentStreams,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Propose adding, changing or removing a measure',
    description:
      'Citing the comments of this consultation that motivated it, or saying where else it comes from. ' +
      'One standing amendment per measure. Refused with 400 naming the field, 404 (no such measure or ' +
      'section in the consulted version), 409 (the measure is amended already, the number is taken) or ' +
      '422 (the outcome is published: the version stands as it is); nothing is written then.',
  })
  @ApiCreatedResponse({ description: 'Proposed' })
  async propose(
    @CurrentPrincipal() officer: Principal,
    @Param('consultationId', new ParseUUIDPipe()) consultationId: string,
    @Body() body: ProposeAmendmentRequest,
  ): Promise<{ amendmentId: string; measureId: string }> {
    const asked = amendmentOf(
      body,
      { amendmentId: randomUUID(), newMeasureId: randomUUID() },
      officer.participantId,
    );
    await this.streams.inTransaction(async (session) => {
      // Amendments of one consultation take turns: two officers at once both get theirs decided.
      await this.streams.awaitTurn(session, CONSULTATION_STREAM, consultationId);
      const { state, version } = await this.comments.consultationToChange(session, consultationId);
      const events = proposeAmendment(
        { consultationId, state },
        await this.comments.consulted(session, state),
        await this.comments.commentsFrom(session, asked.motivatedBy),
        asked,
      );
      await this.streams.append(
        session,
        CONSULTATION_STREAM,
        consultationId,
        events,
        version,
        actorOf(officer),
      );
    });
    return { amendmentId: asked.amendmentId, measureId: asked.measureId };
  }
}
