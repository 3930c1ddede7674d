import { Injectable } from '@nestjs/common';
import type { SqlSession } from '@commonplan/event-store';
import { EventStreams, type Actor } from '@commonplan/nest';
import type { Cycle } from '../cycles/cycle';
import { fundedOf } from '../cycles/cycle-tally.decisions';
import { evolveProject, initialProject, type Project } from '../projects/project';
import { PROJECT_STREAM, type ProjectEvent } from '../projects/project.events';
import { fundProject } from '../projects/fund-project';

const projects = { initial: initialProject, evolve: evolveProject };

/**
 * Inside the publication transaction: each funded project learns it is funded, and how (by the
 * count or by an override), so its implementation page can say so. All or nothing with the results.
 */
@Injectable()
export class FundProjects {
  constructor(private readonly streams: EventStreams) {}

  async fund(session: SqlSession, cycleId: string, cycle: Cycle, actor: Actor): Promise<void> {
    for (const funded of fundedOf(cycle)) {
      const { state, version } = await this.streams.load<Project, ProjectEvent>(
        PROJECT_STREAM,
        funded.projectId,
        projects,
        session,
      );
      const events = fundProject(state, cycle, { cycleId, amount: BigInt(funded.cost), by: funded.by });
      await this.streams.append(session, PROJECT_STREAM, funded.projectId, events, version, actor);
    }
  }
}
