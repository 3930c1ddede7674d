import { Inject, Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import {
  commentOutcomeNoticeDueV1,
  type CommentOutcomeNoticeDueV1,
  type IntegrationEvent,
} from '@commonplan/contracts';
import type { SqlSession } from '@commonplan/event-store';
import { MailRefused, type Mailer } from '@commonplan/mail';
import { consumer, MAILER, type IntegrationEventHandler } from '@commonplan/nest';
import { PersonalDataVault } from '../personal-data/personal-data-vault.adapter';

/**
 * Mails a contributor what became of their comment, to the address they keep in the vault. Without
 * one, or once they are erased, nothing is sent: the notice still waits in their inbox, where an
 * erased participant no longer signs in. The mail goes out inside the transaction that records the
 * notice as handled, so a failure before the commit sends it again rather than never.
 */
@Injectable()
export class MailCommentOutcome implements IntegrationEventHandler<CommentOutcomeNoticeDueV1> {
  constructor(
    private readonly vault: PersonalDataVault,
    @Inject(MAILER) private readonly mailer: Mailer,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('MailCommentOutcome');
  }

  async handle(
    event: IntegrationEvent<string, CommentOutcomeNoticeDueV1>,
    session: SqlSession,
  ): Promise<void> {
    const { participantId, commentId, language, subject, text } = event.payload;
    const to = (await this.vault.read(participantId, session))?.email;
    if (to === undefined) return;
    try {
      await this.mailer.send({ to, subject, text, language });
    } catch (error) {
      // An address the server will never take is not worth a retry; the log names the comment, not the address.
      if (!(error instanceof MailRefused) || !error.permanent) throw error;
      this.logger.warn(
        { commentId, eventId: event.eventId, responseCode: error.responseCode },
        'a notice about a comment’s outcome was refused by the mail server',
      );
    }
  }
}

export const contributorMailConsumer = consumer({
  name: 'contributor-mail',
  contract: commentOutcomeNoticeDueV1,
  handler: MailCommentOutcome,
});
