import { createHash, randomUUID } from 'node:crypto';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SqlSession } from '@commonplan/event-store';
import { DomainError, fold, Invalid } from '@commonplan/kernel';
import { EventStreams, nameBasedUuid, type Actor } from '@commonplan/nest';
import { initialBallot } from '../ballots/ballot';
import { BallotBox } from '../ballots/ballot-box.adapter';
import { BALLOT_STREAM } from '../ballots/ballot.events';
import { evolveCycle, initialCycle, type Cycle } from '../cycles/cycle';
import { advancePhase, openCycle } from '../cycles/cycle.decisions';
import { CYCLE_STREAM, type CycleEvent } from '../cycles/cycle.events';
import type { StoredTallyRule } from '../cycles/cycle-results.events';
import { storedTallyRule, type TallyRuleChoice } from '../cycles/tally-rule';
import { parsePabulib, ruleChoiceFor } from '../pabulib';
import { evolveProject, initialProject, type Project } from '../projects/project';
import { assessFeasibility, proposeProject } from '../projects/project.decisions';
import { PROJECT_STREAM } from '../projects/project.events';
import type { RuleChoice, TallyRule } from '../tally';
import { planElectionImport, type ElectionImport } from './election-import';
import { importBallot, recordImport } from './import-election';

export interface ImportedElection {
  readonly cycleId: string;
  readonly projects: number;
  readonly ballots: number;
  readonly tallyRule: StoredTallyRule;
  readonly sha256: string;
}

/** Takes in a Pabulib file as a cycle of this platform, counted by the file's rule unless told another. */
export class ImportPabulibElection extends Command<ImportedElection> {
  constructor(
    readonly text: string,
    readonly fileName: string | null,
    readonly rule: TallyRule | undefined,
    readonly officer: Actor,
  ) {
    super();
  }
}

/** Equal Shares is always completed by add-one here, as the cities that use it do. */
const cycleRuleOf = (choice: RuleChoice): TallyRuleChoice =>
  choice.rule === 'mes' ? { rule: 'mes' } : choice;

/** A refusal of one row of the file, said with the row's line so the file can be mended. */
const atLine = (line: number, error: unknown): unknown =>
  error instanceof Invalid
    ? new Invalid(
        'pabulib.breaks-rules',
        `line ${line}: ${error.issues[0]?.message ?? error.message}`,
        error.issues.map((issue) => ({ ...issue, field: `line ${line}` })),
      )
    : error instanceof DomainError
      ? new Invalid('pabulib.breaks-rules', `line ${line}: ${error.message}`, [
          { field: `line ${line}`, rule: error.code, message: error.message },
        ])
      : error;

/**
 * Writes the cycle, its projects and its ballots through the same deciders as a cycle run here, in
 * one transaction: a file that breaks any rule leaves nothing behind. The cycle ends in the tally
 * phase, ready to be counted like any other.
 */
@CommandHandler(ImportPabulibElection)
export class ImportPabulibElectionHandler implements ICommandHandler<ImportPabulibElection> {
  constructor(
    private readonly streams: EventStreams,
    private readonly box: BallotBox,
  ) {}

  async execute(command: ImportPabulibElection): Promise<ImportedElection> {
    const pb = parsePabulib(command.text);
    const rule = cycleRuleOf(ruleChoiceFor(pb, command.rule));
    const cycleId = randomUUID();
    const plan = planElectionImport(pb, rule, (name) => nameBasedUuid(cycleId, `project/${name}`));
    const sha256 = createHash('sha256').update(command.text).digest('hex');
    await this.streams.inTransaction(async (session) => {
      const writer = new CycleWriter(this.streams, session, cycleId, command.officer);
      await writer.write((cycle) =>
        openCycle(cycle, { ...plan.opening, openedBy: command.officer.participantId }),
      );
      await this.box.createSecret(session, cycleId);
      await this.writeProjects(session, writer, plan, cycleId, command.officer);
      await this.writeBallots(session, writer, plan, cycleId, command.officer);
      await writer.write((cycle) =>
        recordImport(cycle, {
          source: { format: 'pabulib', fileName: command.fileName, sha256 },
          meta: [...pb.meta].map(([key, value]) => ({ key, value })),
          projects: plan.projects.map(({ reference, projectId }) => ({ reference, projectId })),
          ballots: plan.ballots.length,
          importedBy: command.officer.participantId,
        }),
      );
      await writer.write((cycle) => advancePhase(cycle, command.officer.participantId));
    });
    return {
      cycleId,
      projects: plan.projects.length,
      ballots: plan.ballots.length,
      tallyRule: storedTallyRule(rule),
      sha256,
    };
  }

  /** Proposed and found feasible at the file's cost: the holding city had decided both. */
  private async writeProjects(
    session: SqlSession,
    writer: CycleWriter,
    plan: ElectionImport,
    cycleId: string,
    officer: Actor,
  ): Promise<void> {
    const proposed = new Map<string, Project>();
    for (const project of plan.projects) {
      const events = proposeProject(initialProject(), writer.cycle, {
        ...project.proposal,
        cycleId,
        proposedBy: officer.participantId,
        proposedAs: 'officer',
      });
      await this.streams.append(session, PROJECT_STREAM, project.projectId, events, 'no-stream', officer);
      proposed.set(project.projectId, fold(evolveProject, initialProject(), events));
    }
    await writer.write((cycle) => advancePhase(cycle, officer.participantId));
    for (const project of plan.projects) {
      const events = assessFeasibility(
        proposed.get(project.projectId)!,
        writer.cycle,
        { feasible: true, finalCost: project.cost },
        officer.participantId,
      );
      await this.streams.append(session, PROJECT_STREAM, project.projectId, events, 1, officer);
    }
    await writer.write((cycle) => advancePhase(cycle, officer.participantId));
  }

  private async writeBallots(
    session: SqlSession,
    writer: CycleWriter,
    plan: ElectionImport,
    cycleId: string,
    officer: Actor,
  ): Promise<void> {
    for (const ballot of plan.ballots) {
      // The file's voter ids are the holding city's; here they only find each voter's ballot stream.
      const voter = nameBasedUuid(cycleId, `voter/${ballot.voter}`);
      const ballotId = await this.box.ballotIdOf(cycleId, voter, session);
      try {
        const events = importBallot(initialBallot(), writer.cycle, plan.onOffer, {
          cycleId,
          choices: ballot.choices,
          importedBy: officer.participantId,
        });
        await this.streams.append(session, BALLOT_STREAM, ballotId, events, 'no-stream', officer);
      } catch (error) {
        throw atLine(ballot.line, error);
      }
    }
  }
}

/** The cycle's stream as the import writes it: each decision on the state the last one left. */
class CycleWriter {
  cycle: Cycle = initialCycle();
  private version = 0;

  constructor(
    private readonly streams: EventStreams,
    private readonly session: SqlSession,
    private readonly cycleId: string,
    private readonly officer: Actor,
  ) {}

  async write(decide: (cycle: Cycle) => CycleEvent[]): Promise<void> {
    const events = decide(this.cycle);
    const expected = this.version === 0 ? 'no-stream' : this.version;
    await this.streams.append(this.session, CYCLE_STREAM, this.cycleId, events, expected, this.officer);
    this.version += events.length;
    this.cycle = fold(evolveCycle, this.cycle, events);
  }
}
