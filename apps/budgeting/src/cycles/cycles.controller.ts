import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { NotFound } from '@commonplan/kernel';
import { actorOf, CurrentPrincipal, EventStreams, Processors, type Principal } from '@commonplan/nest';
import { BallotBox } from '../ballots/ballot-box.adapter';
import { evolveCycle, initialCycle, type Cycle } from './cycle';
import { CycleListing } from './cycle-listing.entity';
import { advancePhase, changeBallotRules, openCycle } from './cycle.decisions';
import { CYCLE_STREAM, type CycleEvent } from './cycle.events';
import { ChangeBallotRulesRequest, OpenCycleRequest } from './cycles.request';

const cycles = { initial: initialCycle, evolve: evolveCycle };
const cycleParam = new ParseUUIDPipe();

const viewOf = (cycleId: string, cycle: Cycle) => ({
  cycleId,
  title: cycle.title ?? null,
  phase: cycle.phase,
  schedule: cycle.schedule,
  budget: { amount: cycle.budget.toString(), currency: cycle.currency },
  districts: [...cycle.districts].map(([name, budget]) => ({ name, budget: budget.toString() })),
  withSupports: cycle.withSupports,
  ballotRules: cycle.ballotRules,
  eligibility: cycle.eligibility,
  tallyRule: cycle.tallyRule,
  // Where an imported election came from, and which of its project ids each project here was.
  importedFrom: cycle.imported
    ? { ...cycle.imported.source, ballots: cycle.imported.ballots, projects: cycle.imported.projects }
    : null,
});

@Controller('budgeting/cycles')
export class CyclesController {
  constructor(
    private readonly streams: EventStreams,
    private readonly ballotBox: BallotBox,
    private readonly processors: Processors,
    @InjectRepository(CycleListing) private readonly listings: Repository<CycleListing>,
  ) {}

  /** Every cycle, the newest first: few a year, so one page holds them all. */
  @Get()
  async list() {
    const rows = await this.listings.find({ order: { openedAt: 'DESC', cycleId: 'ASC' } });
    return {
      cycles: rows.map((row) => ({
        cycleId: row.cycleId,
        title: row.title,
        phase: row.phase,
        budget: { amount: row.budgetAmount, currency: row.currency },
        districts: row.districts,
        ballotKind: row.ballotKind,
        schedule: row.schedule,
        openedAt: row.openedAt.toISOString(),
      })),
    };
  }

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
          tallyRule: body.tallyRule ? { ...body.tallyRule } : { rule: 'greedy' },
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
    // Ballots find the projects on offer in the listing read model. Projects cannot change once voting
    // has opened, so once it has caught up with this moment, every ballot sees the final list.
    if (cycle.phase === 'voting') await this.processors.projectionsCaughtUp();
    return viewOf(cycleId, cycle);
  }

  @Put(':cycleId/ballot-rules')
  async changeRules(
    @CurrentPrincipal() officer: Principal,
    @Param('cycleId', cycleParam) cycleId: string,
    @Body() body: ChangeBallotRulesRequest,
  ) {
    const { tallyRule, ...rules } = body;
    const cycle = await this.streams.change<Cycle, CycleEvent>(
      CYCLE_STREAM,
      cycleId,
      cycles,
      actorOf(officer),
      (state) =>
        changeBallotRules(state, rules, officer.participantId, tallyRule ? { ...tallyRule } : undefined),
    );
    return viewOf(cycleId, cycle);
  }
}
