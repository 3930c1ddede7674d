import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal, IdempotencyKey, type Principal } from '@commonplan/nest';
import { BallotReceiptResponse } from '../ballot.response';
import { CastBallotHandler, VOTER } from './cast-ballot.handler';
import { CastBallotRequest, choicesOf, PaperBallotRequest } from './cast-ballot.request';

const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  required: false,
  description:
    'A UUID made up once per ballot and sent again with every retry of it: the ballot is then cast ' +
    'once, and each retry answers with the same receipt. The same key with another ballot is refused (422).',
  schema: { type: 'string', format: 'uuid' },
} as const;

const REFUSALS =
  'Refused with 400 (`ballot.breaks-rules`, one error per broken rule: over budget, too many or too few ' +
  'choices, a project not on offer or of another district), 403 (`ballot.not-eligible`), 404 (no such ' +
  'cycle) or 422 (`ballot.voting-closed`); nothing is written then.';

@ApiTags('budgeting')
@Controller('budgeting/cycles/:cycleId')
export class CastBallotController {
  constructor(private readonly handler: CastBallotHandler) {}

  @Post('ballots')
  @ApiOperation({
    summary: 'Cast or change one’s own ballot',
    description:
      'While voting is open. Each call is a new version of the voter’s one ballot in the cycle, online ' +
      `or on paper alike; the last one counts. The ballot is stored without the voter’s id. ${REFUSALS}`,
  })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ type: BallotReceiptResponse, description: 'Cast; keep the receipt' })
  cast(
    @CurrentPrincipal() voter: Principal,
    @Param('cycleId', new ParseUUIDPipe()) cycleId: string,
    @Body() body: CastBallotRequest,
    @IdempotencyKey() commandId: string | undefined,
  ): Promise<BallotReceiptResponse> {
    return this.handler.cast({
      cycleId,
      participantId: voter.participantId,
      choices: choicesOf(body),
      channel: 'online',
      actor: VOTER,
      ...(commandId ? { commandId } : {}),
    });
  }

  @Post('paper-ballots')
  @ApiOperation({
    summary: 'Record a paper ballot at a booth',
    description:
      'An officer records the ballot of the participant whose id the voter shows (e.g. on their ' +
      'access-code card), checked against the same voter roll: it becomes a new version of that ' +
      `voter’s one ballot, whether they voted online before or not. ${REFUSALS}`,
  })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ type: BallotReceiptResponse, description: 'Recorded; hand the voter the receipt' })
  recordPaper(
    @CurrentPrincipal() officer: Principal,
    @Param('cycleId', new ParseUUIDPipe()) cycleId: string,
    @Body() body: PaperBallotRequest,
    @IdempotencyKey() commandId: string | undefined,
  ): Promise<BallotReceiptResponse> {
    return this.handler.cast({
      cycleId,
      participantId: body.participantId,
      choices: choicesOf(body),
      channel: 'paper',
      recordedBy: officer.participantId,
      actor: actorOf(officer),
      ...(commandId ? { commandId } : {}),
    });
  }
}
