import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import {
  Notary,
  notaryKey,
  ProjectionRunner,
  signingKeyFor,
  type EventStore,
  type NotaryCheckpoint,
  type SqlDatabase,
} from '@commonplan/event-store';
import { Conflict } from '@commonplan/kernel';
import type { MessageBus } from '@commonplan/messaging';
import { PLATFORM_CONFIG, type PlatformConfig } from '../config/platform-config';
import { PLATFORM_CONTEXTS, type ContextContribution } from '../context/context-contribution';
import { EVENT_STORE, SQL_DATABASE } from '../database/database.tokens';
import { IntegrationConsumers } from '../messaging/integration-consumers';
import { IntegrationRelay } from '../messaging/integration-relay';
import { MESSAGE_BUS } from '../messaging/message-bus';

export const RUNS_NOTARY = Symbol('RUNS_NOTARY');

/**
 * The processors of this process: the projections of every hosted context, the consumers of their
 * integration events, the relay that publishes theirs and, in the one process that signs checkpoints,
 * the notary. They start once the application is up and stop before the database and the bus close,
 * so no batch is cut off by a closed session.
 */
@Injectable()
export class Processors implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Processors');
  readonly projections: ProjectionRunner;
  readonly relay: IntegrationRelay;
  private readonly consumers: IntegrationConsumers;
  private notary: Notary | undefined;

  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(PLATFORM_CONTEXTS) contexts: readonly ContextContribution[],
    @Inject(SQL_DATABASE) private readonly db: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(RUNS_NOTARY) private readonly runsNotary: boolean,
    @Inject(MESSAGE_BUS) bus: MessageBus,
    dataSource: DataSource,
    moduleRef: ModuleRef,
  ) {
    this.projections = new ProjectionRunner({
      store,
      dataSource,
      projections: contexts.flatMap((context) => context.projections ?? []),
      onError: (error, projection) =>
        this.logger.error({ err: error, projection }, `projection ${projection} failed; retrying its batch`),
    });
    this.relay = new IntegrationRelay({
      store,
      bus,
      contexts,
      onError: (error, context, events) =>
        this.logger.error(
          { err: error, context, eventIds: events.map((event) => event.eventId) },
          `the relay of ${context} could not publish; retrying`,
        ),
    });
    this.consumers = new IntegrationConsumers({
      bus,
      db,
      contexts,
      resolve: (type) => moduleRef.get(type, { strict: false }),
      onError: (error, group, message) =>
        this.logger.error(
          { err: error, consumer: group, eventId: message.eventId, type: message.type },
          `consumer ${group} failed on ${message.type}; it is delivered again`,
        ),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.projections.start();
    // Consumers join before the relay publishes: the in-process bus gives a new group only what
    // is published after it joined.
    await this.consumers.start();
    this.relay.start();
    if (!this.runsNotary) return;
    // The key is read here rather than in configuration so a generated one is written only by the
    // process that signs with it.
    const key = notaryKey(signingKeyFor(this.config.notarySigningKey, this.config.dataDir));
    this.notary = await Notary.start({
      db: this.db,
      store: this.store,
      key,
      onError: (error) => this.logger.error({ err: error }, 'the notary failed; it retries'),
    });
    this.logger.log({ keyId: key.keyId }, `notary signing checkpoints with key ${key.keyId}`);
  }

  /**
   * Resolves once every projection has applied everything committed before the call: a decision
   * read from read models (a tally, say) must not miss what a lagging projection has yet to apply.
   * Gives up with a Conflict, the client's to retry, rather than holding a request forever.
   */
  async projectionsCaughtUp(withinMs = 30_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Conflict('read-models.catching-up', 'the read models are catching up; try again shortly'),
          ),
        withinMs,
      );
    });
    try {
      await Promise.race([this.projections.caughtUp(), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Signs a checkpoint of everything committed so far: what a published report cites. */
  async signCheckpoint(): Promise<NotaryCheckpoint | undefined> {
    if (!this.notary) throw new Error('this process does not run the notary');
    return this.notary.checkpointNow();
  }

  async beforeApplicationShutdown(): Promise<void> {
    // The relay first: its publish under way waits for the consumers, which are still there.
    await this.relay.stop();
    await this.consumers.stop();
    await this.projections.stop();
    await this.notary?.stop();
  }
}
