import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Repository } from 'typeorm';
import { NotFound } from '@commonplan/kernel';
import { actorOf, CurrentPrincipal, EventStreams, type Principal } from '@commonplan/nest';
import { evolveCycle, initialCycle, type Cycle } from '../cycles/cycle';
import { CYCLE_STREAM, type CycleEvent } from '../cycles/cycle.events';
import { evolveProject, initialProject, type Project } from '../projects/project';
import { PROJECT_STREAM, type ProjectEvent } from '../projects/project.events';
import { updateImplementation } from '../projects/update-implementation';
import { FundedProject } from './funded-project.entity';
import { ImplementationUpdateRecord } from './implementation-update.entity';
import { ImplementationUpdateRequest } from './implementation.request';

const cycles = { initial: initialCycle, evolve: evolveCycle };
const projects = { initial: initialProject, evolve: evolveProject };
const uuidParam = new ParseUUIDPipe();

const viewOf = (update: ImplementationUpdateRecord) => ({
  status: update.status,
  progress: update.progress,
  milestones: update.milestones,
  photos: update.photos,
  note: update.note,
  updatedAt: new Date(update.updatedAt).toISOString(),
});

@ApiTags('budgeting')
@Controller('budgeting/projects/:projectId')
export class ImplementationController {
  constructor(
    private readonly streams: EventStreams,
    @InjectRepository(FundedProject) private readonly funded: Repository<FundedProject>,
    @InjectRepository(ImplementationUpdateRecord)
    private readonly updates: Repository<ImplementationUpdateRecord>,
  ) {}

  @Post('implementation-updates')
  @ApiOperation({ summary: 'Report how a funded project’s delivery goes (officers, implementation phase)' })
  async update(
    @CurrentPrincipal() officer: Principal,
    @Param('projectId', uuidParam) projectId: string,
    @Body() body: ImplementationUpdateRequest,
  ) {
    const { state } = await this.streams.load<Project, ProjectEvent>(PROJECT_STREAM, projectId, projects);
    const { state: cycle } = await this.streams.load<Cycle, CycleEvent>(
      CYCLE_STREAM,
      state.cycleId ?? projectId,
      cycles,
    );
    const updated = await this.streams.change<Project, ProjectEvent>(
      PROJECT_STREAM,
      projectId,
      projects,
      actorOf(officer),
      (current) =>
        updateImplementation(
          current,
          cycle,
          {
            status: body.status,
            progress: body.progress,
            milestones: (body.milestones ?? []).map((milestone) => ({
              title: milestone.title,
              plannedFor: milestone.plannedFor,
              reachedOn: milestone.reachedOn ?? null,
            })),
            photos: (body.photos ?? []).map((photo) => ({
              url: photo.url,
              caption: photo.caption ?? null,
              alt: photo.alt,
            })),
            note: body.note,
          },
          officer.participantId,
          new Date(),
        ),
    );
    return { projectId, ...updated.implementation };
  }

  @Get('implementation')
  @ApiOperation({ summary: 'A funded project’s current status and every update, newest first (public)' })
  async implementation(@Param('projectId', uuidParam) projectId: string) {
    const funded = await this.funded.findOneBy({ projectId });
    if (!funded) throw new NotFound('implementation.not-found', 'this project has not been funded');
    const history = await this.updates.find({ where: { projectId }, order: { logPosition: 'DESC' } });
    const latest = history[0];
    return {
      projectId,
      cycleId: funded.cycleId,
      funding: {
        amount: funded.amount,
        by: funded.fundedBy,
        fundedAt: new Date(funded.fundedAt).toISOString(),
      },
      // Until the first update the city has said nothing more than that the project will be done.
      current: latest
        ? { status: latest.status, progress: latest.progress, milestones: latest.milestones }
        : { status: 'planned', progress: 0, milestones: [] },
      history: history.map(viewOf),
    };
  }
}
