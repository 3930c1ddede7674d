import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RecordedEvent } from '@commonplan/event-store';
import { NotFound, RuleViolated } from '@commonplan/kernel';
import { CurrentPrincipal, EventStreams, type Principal } from '@commonplan/nest';
import { evolveCycle, initialCycle, type Cycle } from '../../cycles/cycle';
import { CYCLE_STREAM, type CycleEvent } from '../../cycles/cycle.events';
import { BallotBox } from '../ballot-box.adapter';
import { BALLOT_STREAM, type BallotCast } from '../ballot.events';
import { BallotReceiptResponse, receiptOf } from '../ballot.response';

const cycles = { initial: initialCycle, evolve: evolveCycle };

@ApiTags('budgeting')
@Controller('budgeting/cycles/:cycleId')
export class MyBallotController {
  constructor(
    private readonly streams: EventStreams,
    private readonly box: BallotBox,
  ) {}

  @Get('my-ballot')
  @ApiOperation({
    summary: 'One’s own ballot as it counts now, with its receipt',
    description:
      'The last version of the signed-in voter’s ballot, cast online or recorded from paper. 404 ' +
      '(`ballot.none`) before any ballot; 422 (`ballot.box-sealed`) once results are final, when ' +
      'nobody, the voter included, can tell which ballot was theirs any more.',
  })
  @ApiOkResponse({ type: BallotReceiptResponse })
  async mine(
    @CurrentPrincipal() voter: Principal,
    @Param('cycleId', new ParseUUIDPipe()) cycleId: string,
  ): Promise<BallotReceiptResponse> {
    const ballotId = await this.ballotIdOf(cycleId, voter.participantId);
    const versions = await this.streams.read<RecordedEvent<BallotCast>>(BALLOT_STREAM, ballotId);
    const current = versions.at(-1);
    if (!current) throw new NotFound('ballot.none', 'you have not cast a ballot in this cycle');
    return receiptOf(current);
  }

  private async ballotIdOf(cycleId: string, participantId: string): Promise<string> {
    try {
      return await this.box.ballotIdOf(cycleId, participantId);
    } catch (error) {
      if (!(error instanceof RuleViolated)) throw error;
      const { state } = await this.streams.load<Cycle, CycleEvent>(CYCLE_STREAM, cycleId, cycles);
      if (!state.opened) throw new NotFound('cycle.not-found', 'no such cycle');
      throw error;
    }
  }
}
