import type { IHeaders, KafkaMessage, Message } from 'kafkajs';
import type { WireRecord } from '../port/wire-record';

/** The shared wire form as kafkajs sends it: the stream name as key picks the partition. */
export const toKafkaMessage = (record: WireRecord): Message => ({
  key: record.key,
  value: record.value,
  headers: { ...record.headers },
});

const headerText = (value: IHeaders[string]): string | undefined => {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
};

/** What kafkajs read, back in the shared wire form; a foreign record may lack key or value. */
export const fromKafkaMessage = (message: KafkaMessage): WireRecord => {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    const text = headerText(value);
    if (text !== undefined) headers[name] = text;
  }
  return { key: message.key?.toString() ?? '', value: message.value?.toString() ?? '', headers };
};

export const describeError = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);
