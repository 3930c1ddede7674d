import { Invalid } from '@commonplan/kernel';

/**
 * Streams are named `<streamType>-<id>`, KurrentDB's category convention, so a category projection
 * works the same on every backend. Stream types are camelCase so the first hyphen always ends the type.
 */
export interface StreamName {
  readonly type: string;
  readonly id: string;
}

const STREAM_TYPE = /^[a-z][a-zA-Z0-9]{0,62}$/;
const STREAM_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;

export const isStreamType = (value: string): boolean => STREAM_TYPE.test(value);

export const formatStreamName = ({ type, id }: StreamName): string => {
  if (!STREAM_TYPE.test(type))
    throw new Invalid('stream.invalid-type', `stream type "${type}" is not camelCase letters and digits`, [
      {
        field: 'streamType',
        rule: 'stream-type',
        message: 'stream type must be camelCase letters and digits',
      },
    ]);
  if (!STREAM_ID.test(id))
    throw new Invalid('stream.invalid-id', `stream id "${id}" has characters a stream id cannot have`, [
      {
        field: 'streamId',
        rule: 'stream-id',
        message: 'stream id must be 1-200 letters, digits, or _ . : -',
      },
    ]);
  return `${type}-${id}`;
};

export const parseStreamName = (name: string): StreamName => {
  const dash = name.indexOf('-');
  const type = dash > 0 ? name.slice(0, dash) : '';
  const id = dash > 0 ? name.slice(dash + 1) : '';
  if (!STREAM_TYPE.test(type) || !STREAM_ID.test(id))
    throw new Invalid('stream.invalid-name', `"${name}" is not a stream name of the form <streamType>-<id>`, [
      { field: 'streamName', rule: 'stream-name', message: 'stream name must be <camelCaseType>-<id>' },
    ]);
  return { type, id };
};
