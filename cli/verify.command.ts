import { verifyDatabase } from '@commonplan/event-store';
import { EXIT, UsageError, type Command } from './command';
import { openConfiguredDatabase } from './configured-database';

const KEY_ID = /^[0-9a-f]{16}$/;

const trustedKeyIds = (args: readonly string[]): string[] | undefined => {
  const keyIds: string[] = [];
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (flag !== '--trust') throw new UsageError(`verify does not take "${flag}"`);
    if (value === undefined || !KEY_ID.test(value))
      throw new UsageError('--trust takes a notary key id: 16 hexadecimal digits');
    keyIds.push(value);
  }
  return keyIds.length > 0 ? keyIds : undefined;
};

export const verifyCommand: Command = {
  name: 'verify',
  args: '[--trust <key id>]...',
  summary: 'recompute every hash chain and checkpoint; name the first event that does not match',
  run: async (args, context) => {
    const { output } = context;
    const trusted = trustedKeyIds(args);
    const configured = await openConfiguredDatabase(context);
    if (!configured) return EXIT.unavailable;
    const { db } = configured;
    try {
      const result = await verifyDatabase(db, { trustedKeyIds: trusted });
      if (!result.ok) {
        output.out(`not ok (${result.problem.kind}): ${result.problem.message}`);
        return EXIT.failed;
      }
      output.out(`ok: ${result.events} events, ${result.checkpoints} checkpoints`);
      if (result.keyIds.length > 0) output.out(`signed by notary key ${result.keyIds.join(', ')}`);
      return EXIT.ok;
    } finally {
      await db.close();
    }
  },
};
