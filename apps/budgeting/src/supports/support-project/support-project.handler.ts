import { Injectable } from '@nestjs/common';
import type { SqlSession } from '@commonplan/event-store';
import { actorOf, EventStreams, nameBasedUuid, type Principal } from '@commonplan/nest';
import { evolveCycle, initialCycle, type Cycle } from '../../cycles/cycle';
import { CYCLE_STREAM, type CycleEvent } from '../../cycles/cycle.events';
import { evolveProject, initialProject, type Project } from '../../projects/project';
import { PROJECT_STREAM, type ProjectEvent } from '../../projects/project.events';
import { VoterRoll } from '../../voter-roll/voter-roll.adapter';
import { evolveSupports, initialSupports, type Supports } from '../supports';
import { SUPPORTS_STREAM, type SupportsEvent } from '../supports.events';
import { supportProject, withdrawSupport, type ProjectToSupport, type Supporter } from './support-project';

const cycles = { initial: initialCycle, evolve: evolveCycle };
const projects = { initial: initialProject, evolve: evolveProject };
const supportStreams = { initial: initialSupports, evolve: evolveSupports };

/** A resident's supports in a cycle: one stream each, named after the cycle and the resident. */
export const supportsIdOf = (cycleId: string, participantId: string): string =>
  nameBasedUuid(cycleId, `supports/${participantId}`);

type Decision = (
  supports: Supports,
  cycle: Cycle,
  project: ProjectToSupport,
  supporter: Supporter,
) => SupportsEvent[];

export interface SupportView {
  readonly projectId: string;
  readonly cycleId: string;
  readonly supported: boolean;
}

/** Supports or withdraws support for a project, in one transaction with what the decision reads. */
@Injectable()
export class SupportProjectHandler {
  constructor(
    private readonly streams: EventStreams,
    private readonly roll: VoterRoll,
  ) {}

  support(resident: Principal, projectId: string): Promise<SupportView> {
    return this.decide(resident, projectId, supportProject);
  }

  withdraw(resident: Principal, projectId: string): Promise<SupportView> {
    return this.decide(resident, projectId, (supports, cycle, project, supporter) =>
      withdrawSupport(supports, cycle, project, supporter.participantId),
    );
  }

  private decide(resident: Principal, projectId: string, decision: Decision): Promise<SupportView> {
    return this.streams.inTransaction(async (session) => {
      // Held still, so no support lands after the officer closed the phase or merged the project away.
      await this.streams.holdStill(session, PROJECT_STREAM, projectId);
      const project = await this.streams.load<Project, ProjectEvent>(
        PROJECT_STREAM,
        projectId,
        projects,
        session,
      );
      const cycleId = project.state.cycleId ?? projectId;
      await this.streams.holdStill(session, CYCLE_STREAM, cycleId);
      const cycle = await this.streams.load<Cycle, CycleEvent>(CYCLE_STREAM, cycleId, cycles, session);
      const supportsId = supportsIdOf(cycleId, resident.participantId);
      // A resident's own requests sent at once take turns instead of failing on the stream's version.
      await this.streams.awaitTurn(session, SUPPORTS_STREAM, supportsId);
      const supports = await this.loadSupports(session, supportsId);
      const supporter = {
        participantId: resident.participantId,
        facts: await this.roll.factsOf(resident.participantId, session),
      };
      const events = decision(
        supports.state,
        cycle.state,
        { id: projectId, state: project.state },
        supporter,
      );
      await this.streams.append(
        session,
        SUPPORTS_STREAM,
        supportsId,
        events,
        supports.version === 0 ? 'no-stream' : supports.version,
        actorOf(resident),
      );
      const after = events.reduce(evolveSupports, supports.state);
      return { projectId, cycleId, supported: after.supported.has(projectId) };
    });
  }

  private loadSupports(session: SqlSession, supportsId: string) {
    return this.streams.load<Supports, SupportsEvent>(SUPPORTS_STREAM, supportsId, supportStreams, session);
  }
}
