import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { EventStreams, Processors } from '@commonplan/nest';
import { CountedBallotRow } from '../counted-ballots/counted-ballot.entity';
import { evolveCycle, initialCycle, type Cycle } from '../cycles/cycle';
import { CYCLE_STREAM, type CycleEvent } from '../cycles/cycle.events';
import { writePabulib } from '../pabulib';
import { ProjectListing } from '../projects/project-listing.entity';
import { pabulibOfCycle, type ProjectForExport } from './election-export';

/** A cycle's counted ballots as the text of a .pb file: one part of its budget, null for the city-wide one. */
export class ExportPabulibElection extends Query<string> {
  constructor(
    readonly cycleId: string,
    readonly district: string | null,
  ) {
    super();
  }
}

const nameOf = (title: object): string => {
  const { original, texts } = title as { original: string; texts: Record<string, string> };
  return texts[original] ?? Object.values(texts)[0] ?? '';
};

@QueryHandler(ExportPabulibElection)
export class ExportPabulibElectionHandler implements IQueryHandler<ExportPabulibElection> {
  constructor(
    private readonly streams: EventStreams,
    private readonly processors: Processors,
    @InjectRepository(ProjectListing) private readonly listings: Repository<ProjectListing>,
    @InjectRepository(CountedBallotRow) private readonly counted: Repository<CountedBallotRow>,
  ) {}

  async execute({ cycleId, district }: ExportPabulibElection): Promise<string> {
    const { state } = await this.streams.load<Cycle, CycleEvent>(CYCLE_STREAM, cycleId, {
      initial: initialCycle,
      evolve: evolveCycle,
    });
    // Voting is closed by then, so nothing more is coming: the read models need only catch up.
    await this.processors.projectionsCaughtUp();
    const listings = await this.listings.find({ where: { cycleId, feasibility: 'feasible' } });
    const projects: ProjectForExport[] = listings
      .filter((listing) => listing.mergedInto === null)
      .map((listing) => ({
        projectId: listing.projectId,
        cost: BigInt(listing.cost),
        district: listing.district,
        name: nameOf(listing.title),
        category: listing.category,
      }));
    const ballots = await this.counted.find({ where: { cycleId }, order: { receipt: 'ASC' } });
    return writePabulib(pabulibOfCycle(state, district, projects, ballots));
  }
}
