import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal, type Principal } from '@commonplan/nest';
import { DraftResponseHandler, type ResponseGroup } from './draft-response.handler';
import { DraftGroupResponseRequest, DraftResponseRequest, responseOf } from './draft-response.request';

const RULES =
  'A reason is required unless accepted; an accepted or partially accepted comment cites an amendment ' +
  'of this consultation or says why none is needed. Drafts stay with officers until the outcome is ' +
  'published with them. Refused with 400 naming the field, 404, or 422 (a withdrawn, hidden or ' +
  'duplicate comment, a withdrawn amendment, the outcome published); nothing is written then.';

@ApiTags('consultations')
@Controller('consultations/:consultationId')
export class DraftResponseController {
  constructor(private readonly handler: DraftResponseHandler) {}

  @Put('comments/:commentId/response')
  @HttpCode(200)
  @ApiOperation({ summary: 'Draft, or redraft, the response to a comment', description: RULES })
  @ApiOkResponse({ description: 'Drafted' })
  async draft(
    @CurrentPrincipal() officer: Principal,
    @Param('consultationId', new ParseUUIDPipe()) consultationId: string,
    @Param('commentId', new ParseUUIDPipe()) commentId: string,
    @Body() body: DraftResponseRequest,
  ): Promise<{ commentId: string; status: string }> {
    await this.handler.draft(
      consultationId,
      commentId,
      responseOf(body, officer.participantId),
      actorOf(officer),
    );
    return { commentId, status: body.status };
  }

  @Post('response-groups')
  @ApiOperation({
    summary: 'Draft one response for a group of similar comments',
    description: `Every comment of the group gets it, or none does. ${RULES}`,
  })
  @ApiCreatedResponse({ description: 'Drafted for the whole group' })
  draftForGroup(
    @CurrentPrincipal() officer: Principal,
    @Param('consultationId', new ParseUUIDPipe()) consultationId: string,
    @Body() body: DraftGroupResponseRequest,
  ): Promise<ResponseGroup> {
    const { commentIds, ...response } = body;
    return this.handler.draftForGroup(
      consultationId,
      commentIds,
      responseOf(response, officer.participantId),
      actorOf(officer),
    );
  }
}
