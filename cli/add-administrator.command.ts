import type { NestExpressApplication } from '@nestjs/platform-express';
import { DomainError } from '@commonplan/kernel';
import { readConfig, type PlatformConfig } from '@commonplan/nest';
import { STAFF_USERNAME, StaffAccounts } from '../apps/identity/src/index';
import { EXIT, UsageError, type Command } from './command';

/**
 * `commonplan add-administrator <username>`: the first administrator, who opens every other staff
 * account through the API. Only while there is none, so the command line cannot be used to take over
 * a running city. On PGlite stop `npm start` first: one process may open the folder.
 */
export const addAdministratorCommand = (
  createPlatform: (config: PlatformConfig) => Promise<NestExpressApplication>,
): Command => ({
  name: 'add-administrator',
  args: '<username>',
  summary: 'open the first administrator account and print its one-time enrolment token',
  run: async (args, context) => {
    const { output } = context;
    if (args.length !== 1) throw new UsageError('add-administrator takes exactly one username');
    const username = args[0]!;
    if (!STAFF_USERNAME.test(username))
      throw new UsageError('a username is 3 to 60 lower-case letters, digits, dots or hyphens');
    const app = await createPlatform({ ...readConfig(context.env), logLevel: 'silent' });
    try {
      const accounts = app.get(StaffAccounts);
      if (await accounts.hasAdministrator()) {
        output.err('there is an administrator already: ask them to open your account (POST /identity/staff)');
        return EXIT.failed;
      }
      const opened = await accounts.open(username, [{ role: 'administrator' }], 'self');
      output.out(`opened administrator ${opened.username} (participant ${opened.participantId})`);
      output.out(`enrolment token, valid until ${opened.enrolmentExpiresAt}, usable once:`);
      output.out(opened.enrolmentToken);
      output.out(
        `enrol: curl -X POST http://localhost:3000/identity/staff-enrolment -H 'content-type: application/json' ` +
          `-d '{"enrolmentToken":"${opened.enrolmentToken}","password":"<at least 12 characters>"}'`,
      );
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      output.err(`commonplan add-administrator: ${error.message}`);
      return EXIT.failed;
    } finally {
      await app.close();
    }
  },
});
