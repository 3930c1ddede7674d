import { Invalid } from '@commonplan/kernel';

const CONTEXT = /^[a-z][a-z0-9-]{0,62}$/;

/**
 * One topic per publishing context and contract version: `commonplan.<context>.v<version>`. A new
 * version is a new topic, so consumers of the old one keep working while they migrate.
 */
export const contextTopic = (context: string, version = 1): string => {
  if (!CONTEXT.test(context))
    throw new Invalid('topic.invalid-context', `"${context}" is not a context name`, [
      { field: 'context', rule: 'context-name', message: 'context must be lowercase letters, digits or -' },
    ]);
  if (!Number.isSafeInteger(version) || version < 1)
    throw new Invalid('topic.invalid-version', `topic version ${version} is not a positive whole number`, [
      { field: 'version', rule: 'min', message: 'version must be at least 1' },
    ]);
  return `commonplan.${context}.v${version}`;
};

/** Where messages of `topic` go after too many failed attempts, together with the error. */
export const deadLetterTopic = (topic: string): string => `${topic}.dlq`;
