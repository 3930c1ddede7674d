import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { NotFound } from '@commonplan/kernel';
import { actorOf, CurrentPrincipal, EventStreams, type Principal } from '@commonplan/nest';
import { BallotBox } from '../ballots/ballot-box.adapter';
import { evolveCycle, initialCycle, type Cycle } from './cycle';
import { advancePhase, changeBallotRules, openCycle } from './cycle.decisions';
import { CYCLE_STREAM, type CycleEvent } from './cycle.events';
import { BallotRulesRequest, OpenCycleRequest } from './cycles.request';

const cycles = { initial: initialCycle, evolve: evolveCycle };
const cycleParam = new ParseUUIDPipe();

const viewOf = (cycleId: string, cycle: Cycle) => ({
  cycleId,
  phase: cycle.phase,
  budget: { amount: cycle.budget.toString(), currency: cycle.currency },
  districts: [...cycle.districts].map(([name, budget]) => ({ name, budget: budget.toString() })),
  withSupports: cycle.withSupports,
  ballotRules: cycle.ballotRules,
  eligibility: cycle.eligibility,
});

@Controller('budgeting/cycles')
export class CyclesController {
  constructor(
    private readonly streams: EventStreams,
    private readonly ballotBox: BallotBox,
  ) {}

  @Post()
  async open(@CurrentPrincipal() officer: Principal, @Body() body: OpenCycleRequest) {
    const cycleId = randomUUID();
    const cycle = await this.streams.change<Cycle, CycleEvent>(
      CYCLE_STREAM,
      cycleId,
      cycles,
      actorOf(officer),
      (state) =>
        openCycle(state, {
          title: body.title,
          budget: body.budget,
          districts: body.districts ?? [],
          withSupports: body.withSupports ?? false,
          schedule: body.schedule ?? [],
          ballotRules: body.ballotRules,
          eligibility: body.eligibility,
          openedBy: officer.participantId,
        }),
      (session) => this.ballotBox.createSecret(session, cycleId),
    );
    return viewOf(cycleId, cycle);
  }

  @Get(':cycleId')
  async cycle(@Param('cycleId', cycleParam) cycleId: string) {
    const { state } = await this.streams.load<Cycle, CycleEvent>(CYCLE_STREAM, cycleId, cycles);
    if (!state.opened) throw new NotFound('cycle.not-found', 'no such cycle');
    return viewOf(cycleId, state);
  }

  @Post(':cycleId/phase-advances')
  async advance(@CurrentPrincipal() officer: Principal, @Param('cycleId', cycleParam) cycleId: string) {
    const cycle = await this.streams.change<Cycle, CycleEvent>(
      CYCLE_STREAM,
      cycleId,
      cycles,
      actorOf(officer),
      (state) => advancePhase(state, officer.participantId),
    );
    return viewOf(cycleId, cycle);
  }

  @Put(':cycleId/ballot-rules')
  async changeRules(
    @CurrentPrincipal() officer: Principal,
    @Param('cycleId', cycleParam) cycleId: string,
    @Body() body: BallotRulesRequest,
  ) {
    const cycle = await this.streams.change<Cycle, CycleEvent>(
      CYCLE_STREAM,
      cycleId,
      cycles,
      actorOf(officer),
      (state) => changeBallotRules(state, body, officer.participantId),
    );
    return viewOf(cycleId, cycle);
  }
}
