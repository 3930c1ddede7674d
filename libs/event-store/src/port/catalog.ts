import type { Schema } from '@commonplan/kernel';
import { EventSchemaViolation, UnknownEventType, UnknownStreamType } from './errors';
import { isStreamType } from './stream-name';

/** The current schema of one event type. */
export interface EventDefinition<Data = unknown> {
  readonly type: string;
  readonly version: number;
  readonly schema: Schema<Data>;
}

/**
 * Lifts stored data of `type` at `fromVersion` to `fromVersion + 1`. History is never rewritten:
 * an old event stays as written and is upcast every time it is read.
 */
export interface Upcaster {
  readonly type: string;
  readonly fromVersion: number;
  readonly upcast: (data: unknown) => unknown;
}

export interface StreamTypeDefinition {
  readonly streamType: string;
  readonly events: readonly EventDefinition[];
  readonly upcasters?: readonly Upcaster[];
}

interface RegisteredStreamType {
  readonly events: ReadonlyMap<string, EventDefinition>;
  readonly upcasters: ReadonlyMap<string, Upcaster>;
}

const upcasterKey = (type: string, fromVersion: number): string => `${type}@${fromVersion}`;

/** Which stream types exist, which events each may hold, and how old versions are read today. */
export class EventCatalog {
  private readonly streamTypes = new Map<string, RegisteredStreamType>();

  constructor(definitions: readonly StreamTypeDefinition[] = []) {
    definitions.forEach((definition) => this.register(definition));
  }

  register(definition: StreamTypeDefinition): this {
    if (!isStreamType(definition.streamType))
      throw new Error(`stream type "${definition.streamType}" must be camelCase letters and digits`);
    if (this.streamTypes.has(definition.streamType))
      throw new Error(`stream type "${definition.streamType}" is registered twice`);
    const events = new Map(definition.events.map((event) => [event.type, event]));
    const upcasters = new Map(
      (definition.upcasters ?? []).map((u) => [upcasterKey(u.type, u.fromVersion), u]),
    );
    for (const [type, event] of events) {
      for (let version = 1; version < event.version; version++) {
        if (!upcasters.has(upcasterKey(type, version)))
          throw new Error(
            `${definition.streamType}/${type} v${event.version} has no upcaster from v${version}`,
          );
      }
    }
    this.streamTypes.set(definition.streamType, { events, upcasters });
    return this;
  }

  has(streamType: string): boolean {
    return this.streamTypes.has(streamType);
  }

  /** Checks an event before it is written and returns the schema version to store it with. */
  prepare(
    streamType: string,
    type: string,
    data: unknown,
  ): { readonly schemaVersion: number; readonly data: unknown } {
    const event = this.definition(streamType, type);
    const parsed = event.schema.parse(data);
    if (!parsed.ok)
      throw new EventSchemaViolation(
        type,
        parsed.issues.map((issue) => ({
          ...issue,
          field: issue.field === '' ? 'data' : `data.${issue.field}`,
        })),
      );
    return { schemaVersion: event.version, data: parsed.value };
  }

  /** Brings stored data up to the event type's current version. */
  upcast(
    streamType: string,
    type: string,
    storedVersion: number,
    data: unknown,
  ): { readonly schemaVersion: number; readonly data: unknown } {
    const registered = this.streamType(streamType);
    const event = this.definition(streamType, type);
    let current = data;
    for (let version = storedVersion; version < event.version; version++) {
      const upcaster = registered.upcasters.get(upcasterKey(type, version));
      if (!upcaster) throw new UnknownEventType(streamType, type, version);
      current = upcaster.upcast(current);
    }
    if (storedVersion > event.version) throw new UnknownEventType(streamType, type, storedVersion);
    return { schemaVersion: event.version, data: current };
  }

  private streamType(streamType: string): RegisteredStreamType {
    const registered = this.streamTypes.get(streamType);
    if (!registered) throw new UnknownStreamType(streamType);
    return registered;
  }

  private definition(streamType: string, type: string): EventDefinition {
    const event = this.streamType(streamType).events.get(type);
    if (!event) throw new UnknownEventType(streamType, type);
    return event;
  }
}
