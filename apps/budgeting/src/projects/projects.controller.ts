import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { NotFound } from '@commonplan/kernel';
import { actorOf, CurrentPrincipal, EventStreams, type Principal } from '@commonplan/nest';
import { evolveCycle, initialCycle, type Cycle } from '../cycles/cycle';
import { CYCLE_STREAM, type CycleEvent } from '../cycles/cycle.events';
import { evolveProject, initialProject, type Project } from './project';
import { assessFeasibility, mergeProjects, proposeProject } from './project.decisions';
import { PROJECT_STREAM, type ProjectEvent } from './project.events';
import { ProjectListing } from './project-listing.entity';
import { FeasibilityRequest, MergeRequest, ProposeProjectRequest } from './projects.request';

const cycles = { initial: initialCycle, evolve: evolveCycle };
const projects = { initial: initialProject, evolve: evolveProject };
const uuidParam = new ParseUUIDPipe();

@Controller('budgeting')
export class ProjectsController {
  constructor(
    private readonly streams: EventStreams,
    @InjectRepository(ProjectListing) private readonly listings: Repository<ProjectListing>,
  ) {}

  private cycleOf(cycleId: string): Promise<Cycle> {
    return this.streams.load<Cycle, CycleEvent>(CYCLE_STREAM, cycleId, cycles).then(({ state }) => state);
  }

  @Post('cycles/:cycleId/projects')
  async propose(
    @CurrentPrincipal() author: Principal,
    @Param('cycleId', uuidParam) cycleId: string,
    @Body() body: ProposeProjectRequest,
  ) {
    const cycle = await this.cycleOf(cycleId);
    const projectId = randomUUID();
    await this.streams.change<Project, ProjectEvent>(
      PROJECT_STREAM,
      projectId,
      projects,
      actorOf(author),
      (state) =>
        proposeProject(state, cycle, {
          cycleId,
          title: body.title,
          description: body.description,
          category: body.category,
          district: body.district ?? null,
          costEstimate: body.costEstimate,
          place: body.place ?? null,
          proposedBy: author.participantId,
          proposedAs: author.badges.has('officer:budgeting') ? 'officer' : 'resident',
        }),
    );
    return { projectId, cycleId };
  }

  @Get('cycles/:cycleId/projects')
  async list(@Param('cycleId', uuidParam) cycleId: string) {
    return { projects: await this.listings.find({ where: { cycleId }, order: { projectId: 'ASC' } }) };
  }

  @Get('projects/:projectId')
  async project(@Param('projectId', uuidParam) projectId: string) {
    const listing = await this.listings.findOneBy({ projectId });
    if (!listing) throw new NotFound('project.not-found', 'no such project');
    return listing;
  }

  @Post('projects/:projectId/feasibility')
  async assess(
    @CurrentPrincipal() officer: Principal,
    @Param('projectId', uuidParam) projectId: string,
    @Body() body: FeasibilityRequest,
  ) {
    const { state } = await this.streams.load<Project, ProjectEvent>(PROJECT_STREAM, projectId, projects);
    const cycle = await this.cycleOf(state.cycleId ?? projectId);
    const assessed = await this.streams.change<Project, ProjectEvent>(
      PROJECT_STREAM,
      projectId,
      projects,
      actorOf(officer),
      (current) =>
        assessFeasibility(
          current,
          cycle,
          body.feasible
            ? { feasible: true, finalCost: BigInt(body.finalCost!) }
            : { feasible: false, reason: body.reason! },
          officer.participantId,
        ),
    );
    return { projectId, feasibility: assessed.feasibility, cost: assessed.cost.toString() };
  }

  /** Both streams in one transaction: neither project ever tells half of a merge. */
  @Post('projects/:projectId/merge')
  async merge(
    @CurrentPrincipal() officer: Principal,
    @Param('projectId', uuidParam) projectId: string,
    @Body() body: MergeRequest,
  ) {
    await this.streams.inTransaction(async (session) => {
      const from = await this.streams.load<Project, ProjectEvent>(
        PROJECT_STREAM,
        projectId,
        projects,
        session,
      );
      const into = await this.streams.load<Project, ProjectEvent>(
        PROJECT_STREAM,
        body.into,
        projects,
        session,
      );
      const cycle = await this.streams.load<Cycle, CycleEvent>(
        CYCLE_STREAM,
        from.state.cycleId ?? projectId,
        cycles,
        session,
      );
      const merged = mergeProjects(
        { id: projectId, state: from.state },
        { id: body.into, state: into.state },
        cycle.state,
        officer.participantId,
      );
      const actor = actorOf(officer);
      await this.streams.append(session, PROJECT_STREAM, projectId, merged.from, from.version, actor);
      await this.streams.append(session, PROJECT_STREAM, body.into, merged.into, into.version, actor);
    });
    return { projectId, mergedInto: body.into };
  }
}
