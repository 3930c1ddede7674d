import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { MoreThan, type FindOptionsWhere, type Repository } from 'typeorm';
import { fold, NotFound } from '@commonplan/kernel';
import {
  actorOf,
  CurrentPrincipal,
  EventStreams,
  type AuthenticatedRequest,
  type Principal,
} from '@commonplan/nest';
import { BallotBox } from '../ballots/ballot-box.adapter';
import { CountedBallotRow } from '../counted-ballots/counted-ballot.entity';
import { evolveCycle, initialCycle, type Cycle } from '../cycles/cycle';
import { computeTally, mustCount, overrideOutcome, publishResults } from '../cycles/cycle-tally.decisions';
import { CYCLE_STREAM, type CycleEvent } from '../cycles/cycle.events';
import { FundProjects } from './fund-projects.adapter';
import { resultsOf } from './results.response';
import { TallyInputsReader } from './tally-inputs.adapter';
import { CountedBallotsQuery, OverrideRequest } from './tallies.request';

const cycles = { initial: initialCycle, evolve: evolveCycle };
const cycleParam = new ParseUUIDPipe();

const notPublished = () =>
  new NotFound('results.not-published', 'the results of this cycle are not published');

@ApiTags('budgeting')
@Controller('budgeting/cycles/:cycleId')
export class TalliesController {
  constructor(
    private readonly streams: EventStreams,
    private readonly inputs: TallyInputsReader,
    private readonly box: BallotBox,
    private readonly funding: FundProjects,
    @InjectRepository(CountedBallotRow) private readonly counted: Repository<CountedBallotRow>,
  ) {}

  private async cycleOf(cycleId: string): Promise<Cycle> {
    const { state } = await this.streams.load<Cycle, CycleEvent>(CYCLE_STREAM, cycleId, cycles);
    if (!state.opened) throw new NotFound('cycle.not-found', 'no such cycle');
    return state;
  }

  @Post('tally')
  @ApiOperation({
    summary: 'Count the ballots (officers, tally phase)',
    description:
      'Counts every ballot by the cycle’s rule, per district and city-wide, and records the rule, the ' +
      'tie-break, the ballots counted (number and digest of their receipts) and the notary checkpoint ' +
      'it was computed at. May be run again until publication; the results stay hidden until then. ' +
      'Refused with 422 `tally.not-tally-phase` outside the tally phase.',
  })
  async tally(@CurrentPrincipal() officer: Principal, @Param('cycleId', cycleParam) cycleId: string) {
    const before = await this.cycleOf(cycleId);
    // Refuse early what the decision would refuse anyway, before waiting on the read model and notary.
    mustCount(before);
    const inputs = await this.inputs.gather(cycleId);
    const cycle = await this.streams.change<Cycle, CycleEvent>(
      CYCLE_STREAM,
      cycleId,
      cycles,
      actorOf(officer),
      (state) => computeTally(state, { ...inputs, computedBy: officer.participantId }),
    );
    return resultsOf(cycleId, cycle);
  }

  @Post('overrides')
  @ApiOperation({
    summary: 'Fund or unfund a project against the tally (officers, before publication)',
    description:
      'Needs a public reason in the original language (and any translations); shown with the results ' +
      'beside the computed tally, which stays as counted. A re-run of the tally starts without overrides.',
  })
  async override(
    @CurrentPrincipal() officer: Principal,
    @Param('cycleId', cycleParam) cycleId: string,
    @Body() body: OverrideRequest,
  ) {
    const cycle = await this.streams.change<Cycle, CycleEvent>(
      CYCLE_STREAM,
      cycleId,
      cycles,
      actorOf(officer),
      (state) =>
        overrideOutcome(
          state,
          { projectId: body.projectId, decision: body.decision, reason: { ...body.reason } },
          officer.participantId,
        ),
    );
    return resultsOf(cycleId, cycle);
  }

  @Post('results')
  @ApiOperation({
    summary: 'Publish the results (officers)',
    description:
      'Makes the last tally and its overrides public and final, records each funded project on its ' +
      'project, moves the cycle to the results phase and destroys the ballot box’s secret, all in one ' +
      'transaction: from then on no ballot can be traced to anyone.',
  })
  async publish(@CurrentPrincipal() officer: Principal, @Param('cycleId', cycleParam) cycleId: string) {
    const cycle = await this.streams.inTransaction(async (session) => {
      const { state, version } = await this.streams.load<Cycle, CycleEvent>(
        CYCLE_STREAM,
        cycleId,
        cycles,
        session,
      );
      const events = publishResults(state, officer.participantId);
      await this.streams.append(session, CYCLE_STREAM, cycleId, events, version, actorOf(officer));
      const published = fold(evolveCycle, state, events);
      await this.funding.fund(session, cycleId, published, actorOf(officer));
      await this.box.destroySecret(session, cycleId);
      return published;
    });
    return resultsOf(cycleId, cycle);
  }

  @Get('results')
  @ApiOperation({
    summary: 'The results, per district and city-wide',
    description:
      'Public once published (404 `results.not-published` before; officers of budgeting may preview ' +
      'the last tally). Each project with votes, score, cost, funded or not, the tally’s own selection, ' +
      'any override with its reason and, for Equal Shares, what each supporter paid.',
  })
  async results(@Req() request: AuthenticatedRequest, @Param('cycleId', cycleParam) cycleId: string) {
    const cycle = await this.cycleOf(cycleId);
    const officer = request.principal?.badges.has('officer:budgeting') ?? false;
    if (!cycle.published && !officer) throw notPublished();
    if (!cycle.tally) throw new NotFound('results.no-tally', 'the ballots of this cycle are not counted yet');
    return resultsOf(cycleId, cycle);
  }

  @Get('counted-ballots')
  @ApiOperation({
    summary: 'The counted ballots, once results are published',
    description:
      'Every counted ballot (the last version of each) by receipt, in receipt order, with its anonymous ' +
      'choices: a voter finds theirs with `?receipt=`; anyone can page through with `after` and ' +
      '`limit` and recompute the digest the tally recorded. 404 before publication.',
  })
  async countedBallots(@Param('cycleId', cycleParam) cycleId: string, @Query() query: CountedBallotsQuery) {
    const cycle = await this.cycleOf(cycleId);
    if (!cycle.published || !cycle.tally) throw notPublished();
    const where: FindOptionsWhere<CountedBallotRow> = {
      cycleId,
      ...(query.receipt ? { receipt: query.receipt } : {}),
      ...(query.after && !query.receipt ? { receipt: MoreThan(query.after) } : {}),
    };
    const rows = await this.counted.find({ where, order: { receipt: 'ASC' }, take: query.limit ?? 1000 });
    return {
      cycleId,
      counted: cycle.tally.ballots.counted,
      receiptsDigest: cycle.tally.ballots.receiptsDigest,
      ballots: rows
        // A ballot written after the tally read the log (it cannot be, voting being closed) was not counted.
        .filter((row) => row.logPosition <= cycle.tally!.position)
        .map(({ receipt, district, kind, projects, points }) => ({
          receipt,
          district,
          kind,
          projects,
          points,
        })),
    };
  }
}
