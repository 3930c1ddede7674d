import { Controller, Delete, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { NotFound } from '@commonplan/kernel';
import { CurrentPrincipal, EventStreams, type Principal } from '@commonplan/nest';
import { evolveCycle, initialCycle, type Cycle } from '../../cycles/cycle';
import { CYCLE_STREAM, type CycleEvent } from '../../cycles/cycle.events';
import { evolveSupports, initialSupports, type Supports } from '../supports';
import { SUPPORTS_STREAM, type SupportsEvent } from '../supports.events';
import { SupportProjectHandler, supportsIdOf, type SupportView } from './support-project.handler';

const cycles = { initial: initialCycle, evolve: evolveCycle };
const supportStreams = { initial: initialSupports, evolve: evolveSupports };
const uuidParam = new ParseUUIDPipe();

class SupportResponse implements SupportView {
  @ApiProperty({ format: 'uuid' }) readonly projectId!: string;
  @ApiProperty({ format: 'uuid' }) readonly cycleId!: string;
  @ApiProperty({ description: 'Whether the signed-in resident supports the project now' })
  readonly supported!: boolean;
}

class MySupportsResponse {
  @ApiProperty({ format: 'uuid' }) readonly cycleId!: string;
  @ApiProperty({ type: [String], description: 'The projects I support in the cycle, by id' })
  readonly projectIds!: string[];
}

const REFUSALS =
  '404 (`project.not-found`) for no such project; 422 (`support.outside-supports-phase`) outside the ' +
  'cycle’s supports phase, or in a cycle without one';

/** Residents support the projects they want to see go ahead, as in Decidim; counts are public, names are not. */
@ApiTags('budgeting')
@Controller('budgeting')
export class SupportProjectController {
  constructor(
    private readonly handler: SupportProjectHandler,
    private readonly streams: EventStreams,
  ) {}

  @Post('projects/:projectId/supports')
  @ApiOperation({
    summary: 'Support a project during the cycle’s supports phase',
    description: `One support per resident per project; sending it again changes nothing. Only residents who could vote in the cycle may support: otherwise 403 (\`support.not-eligible\`) with the reasons. ${REFUSALS}; 422 (\`project.merged-away\`) for a project merged into another.`,
  })
  @ApiCreatedResponse({ type: SupportResponse })
  support(@CurrentPrincipal() resident: Principal, @Param('projectId', uuidParam) projectId: string) {
    return this.handler.support(resident, projectId);
  }

  @Delete('projects/:projectId/supports')
  @ApiOperation({
    summary: 'Withdraw my support for a project during the cycle’s supports phase',
    description: `Withdrawing a support one does not give changes nothing. ${REFUSALS}.`,
  })
  @ApiOkResponse({ type: SupportResponse })
  withdraw(@CurrentPrincipal() resident: Principal, @Param('projectId', uuidParam) projectId: string) {
    return this.handler.withdraw(resident, projectId);
  }

  /** Their own stream, nobody else's: the public sees only how many supports each project has. */
  @Get('cycles/:cycleId/my-supports')
  @ApiOperation({ summary: 'The projects I support in a cycle' })
  @ApiOkResponse({ type: MySupportsResponse })
  async mine(
    @CurrentPrincipal() resident: Principal,
    @Param('cycleId', uuidParam) cycleId: string,
  ): Promise<MySupportsResponse> {
    const cycle = await this.streams.load<Cycle, CycleEvent>(CYCLE_STREAM, cycleId, cycles);
    if (!cycle.state.opened) throw new NotFound('cycle.not-found', 'no such cycle');
    const { state } = await this.streams.load<Supports, SupportsEvent>(
      SUPPORTS_STREAM,
      supportsIdOf(cycleId, resident.participantId),
      supportStreams,
    );
    return { cycleId, projectIds: [...state.supported].sort() };
  }
}
