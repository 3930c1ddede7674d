import type { ServerResponse } from 'node:http';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { NotFound } from '@commonplan/kernel';
import {
  actorOf,
  CurrentPrincipal,
  EventStreams,
  type AuthenticatedRequest,
  type Principal,
} from '@commonplan/nest';
import { evolveCycle, initialCycle, type Cycle } from '../cycles/cycle';
import { CYCLE_STREAM, type CycleEvent } from '../cycles/cycle.events';
import { ExportPabulibElection } from './export-pabulib-election.handler';
import { ImportPabulibElection } from './import-pabulib-election.handler';
import { ExportPabulibQuery, ImportPabulibRequest } from './pabulib-exchange.request';

@ApiTags('budgeting')
@Controller('budgeting')
export class PabulibExchangeController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly streams: EventStreams,
  ) {}

  @Post('pabulib-imports')
  @ApiOperation({
    summary: 'Import an election held elsewhere from its Pabulib .pb file (officers)',
    description:
      'Opens a cycle with the file’s budget, ballot rules and tally rule, proposes and approves its ' +
      'projects at the file’s costs and records its ballots, all through the platform’s own decisions ' +
      'and in one transaction: a file that breaks a rule is refused with the line, and nothing is kept. ' +
      'The cycle is left in its tally phase, to be counted like any other.',
  })
  importElection(@CurrentPrincipal() officer: Principal, @Body() body: ImportPabulibRequest) {
    return this.commands.execute(
      new ImportPabulibElection(body.text, body.fileName ?? null, body.rule, actorOf(officer)),
    );
  }

  @Get('cycles/:cycleId/pabulib')
  @ApiProduces('text/plain')
  @ApiOperation({
    summary: 'The counted ballots as a Pabulib .pb file',
    description:
      'Public once results are published; officers of budgeting may export from the tally phase. One ' +
      'file per part of the budget: `?district=` for a district, none for the city-wide part.',
  })
  async exportElection(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: ServerResponse,
    @Param('cycleId', new ParseUUIDPipe()) cycleId: string,
    @Query() query: ExportPabulibQuery,
  ): Promise<string> {
    const { state } = await this.streams.load<Cycle, CycleEvent>(CYCLE_STREAM, cycleId, {
      initial: initialCycle,
      evolve: evolveCycle,
    });
    const officer = request.principal?.badges.has('officer:budgeting') ?? false;
    if (!state.opened || (!state.published && !officer))
      throw new NotFound('results.not-published', 'the results of this cycle are not published');
    const text = await this.queries.execute(new ExportPabulibElection(cycleId, query.district ?? null));
    response.setHeader('content-type', 'text/plain; charset=utf-8');
    response.setHeader('content-disposition', `attachment; filename="${cycleId}.pb"`);
    return text;
  }
}
