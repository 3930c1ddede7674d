import type { Type } from '@nestjs/common';
import type { Migration, Projection, StreamTypeDefinition } from '@commonplan/event-store';
import type { Consumer, Publication } from './integration-events';

export interface ContextHealth {
  readonly status: 'up' | 'down';
  /** Why a context is down, for the operator reading /health; never personal data. */
  readonly reason?: string;
}

/**
 * A context-specific readiness check (a projection far behind, a broker unreachable). A provider of
 * the context's module; the platform resolves it when /health is asked.
 */
export interface ContextHealthIndicator {
  check(): Promise<ContextHealth>;
}

/**
 * Everything the platform needs from a bounded context to host it, in one static value that the
 * context's index.ts exports. Being static, it is known before the Nest container exists, which is
 * when the event catalog is assembled and the migrations run.
 */
export interface ContextContribution {
  /** The context's name as in ARCHITECTURE.md §1; its migration ids start with `<name>/`. */
  readonly name: string;
  readonly module: Type<unknown>;
  /** The stream types this context writes; the platform assembles the event catalog from them. */
  readonly streamTypes: readonly StreamTypeDefinition[];
  /** The context's read-model tables, applied in id order together with the event store's. */
  readonly migrations: readonly Migration[];
  /** Read models the platform keeps up to date; their entities must be registered with forFeature. */
  readonly projections?: readonly Projection[];
  /** Checked on /health after the built-in check that the context's migrations are applied. */
  readonly healthIndicator?: Type<ContextHealthIndicator>;
  /**
   * Which of the context's domain events the relay publishes, as which integration events, on
   * `commonplan.<name>.v1`. Domain events not listed here never leave the context.
   */
  readonly publishes?: readonly Publication[];
  /** Integration events of other contexts this context acts on, each effect once per event id. */
  readonly consumers?: readonly Consumer[];
}

export const PLATFORM_CONTEXTS = Symbol('PLATFORM_CONTEXTS');

/** Refuses a set of contexts that would collide in one process or one database. */
export const checkContexts = (contexts: readonly ContextContribution[]): void => {
  const names = new Set<string>();
  for (const context of contexts) {
    if (!/^[a-z][a-z-]*$/.test(context.name))
      throw new Error(`context name "${context.name}" must be lower-case letters and hyphens`);
    if (names.has(context.name)) throw new Error(`context "${context.name}" is hosted twice`);
    names.add(context.name);
    for (const migration of context.migrations) {
      if (!migration.id.startsWith(`${context.name}/`))
        throw new Error(
          `migration ${migration.id} of context ${context.name} must start with "${context.name}/"`,
        );
    }
    checkIntegration(context);
  }
};

/**
 * A context speaks only on its own topic. Consumers sharing a name share a group, which reads one
 * topic in its order: each of them acts on a type of event of its own.
 */
const checkIntegration = (context: ContextContribution): void => {
  for (const { contract } of context.publishes ?? []) {
    if (contract.context !== context.name)
      throw new Error(
        `context ${context.name} may not publish ${contract.type}: its contract belongs to ${contract.context}`,
      );
  }
  const topics = new Map<string, string>();
  const handled = new Set<string>();
  for (const { name, contract } of context.consumers ?? []) {
    if (!/^[a-z][a-z-]*$/.test(name))
      throw new Error(
        `consumer name "${name}" of context ${context.name} must be lower-case letters and hyphens`,
      );
    if ((topics.get(name) ?? contract.context) !== contract.context)
      throw new Error(`consumers named "${name}" of context ${context.name} must read one context's topic`);
    if (handled.has(`${name} ${contract.type}`))
      throw new Error(`context ${context.name} has two consumers named "${name}" for ${contract.type}`);
    topics.set(name, contract.context);
    handled.add(`${name} ${contract.type}`);
  }
};
