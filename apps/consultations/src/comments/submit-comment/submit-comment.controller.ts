import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal, IdempotencyKey, type Principal } from '@commonplan/nest';
import { SubmitCommentHandler, type CommentTaken } from './submit-comment.handler';
import { OfflineCommentRequest, SubmitCommentRequest, targetOf } from './submit-comment.request';

const REFUSALS =
  'Refused with 400 naming the field (a target the consulted version lacks, a bad language tag, an ' +
  'organisation without its name), 403 (`comment.not-eligible`: the consultation takes comments from ' +
  'others), 404 (no such consultation) or 422 (`comment.outside-period`, `comment.passage-outside-text`); ' +
  'nothing is written then.';

const commentOf = (body: SubmitCommentRequest) => ({
  target: targetOf(body.target),
  text: body.text,
  language: body.language,
  contributorType: body.contributorType,
  organisationName: body.organisationName ?? null,
  ...(body.publishedAs ? { publishedAs: body.publishedAs } : {}),
});

@ApiTags('consultations')
@Controller('consultations/:consultationId')
export class SubmitCommentController {
  constructor(private readonly handler: SubmitCommentHandler) {}

  @Post('comments')
  @ApiOperation({
    summary: 'Comment on the consulted plan, a section, a measure or a passage of one',
    description:
      'While the consultation is open, as the signed-in participant, whose verified residence the ' +
      'consultation’s rule about who may comment is checked against. Published anonymously unless ' +
      `asked otherwise; the contributor's name never is. ${REFUSALS}`,
  })
  @ApiCreatedResponse({ description: 'Taken' })
  submit(
    @CurrentPrincipal() contributor: Principal,
    @Param('consultationId', new ParseUUIDPipe()) consultationId: string,
    @Body() body: SubmitCommentRequest,
    @IdempotencyKey() commandId: string | undefined,
  ): Promise<CommentTaken> {
    return this.handler.submit({
      consultationId,
      ...(commandId ? { commandId } : {}),
      asked: {
        ...commentOf(body),
        channel: 'online',
        contributorId: contributor.participantId,
        enteredBy: null,
      },
      actor: actorOf(contributor),
    });
  }

  @Post('offline-comments')
  @ApiOperation({
    summary: 'Enter a comment received by e-mail, on paper or at a meeting',
    description:
      'An officer enters it on the contributor’s behalf, with the standing they checked. A comment ' +
      `received within the period is taken after the closing too, until the outcome is published. ${REFUSALS}`,
  })
  @ApiCreatedResponse({ description: 'Taken' })
  enter(
    @CurrentPrincipal() officer: Principal,
    @Param('consultationId', new ParseUUIDPipe()) consultationId: string,
    @Body() body: OfflineCommentRequest,
    @IdempotencyKey() commandId: string | undefined,
  ): Promise<CommentTaken> {
    return this.handler.submit({
      consultationId,
      ...(commandId ? { commandId } : {}),
      asked: {
        ...commentOf(body),
        channel: body.channel,
        contributorId: body.contributorId ?? null,
        enteredBy: officer.participantId,
        ...(body.receivedAt ? { receivedAt: body.receivedAt } : {}),
      },
      standing: {
        verificationLevel: body.verificationLevel ?? 'none',
        actsForOrganisation: body.actsForOrganisation ?? false,
      },
      actor: actorOf(officer),
    });
  }
}
