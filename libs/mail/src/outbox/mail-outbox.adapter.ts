import { checkMessage } from '../port/message-checks';
import type { MailMessage, Mailer } from '../port/mailer';

/** Where the outbox says that it held a message; pino's and nestjs-pino's loggers both fit. */
export interface OutboxLog {
  info(fields: Record<string, unknown>, message: string): void;
}

const KEPT = 50;

/**
 * Where mail goes when no mail server is configured (the embedded default): held in memory for the
 * operator's tests and demos, never written to disk or logs, since it holds an address.
 */
export class MailOutbox implements Mailer {
  private readonly sent: MailMessage[] = [];

  constructor(private readonly log?: OutboxLog) {}

  async send(message: MailMessage): Promise<void> {
    checkMessage(message);
    this.sent.push({ ...message });
    if (this.sent.length > KEPT) this.sent.shift();
    this.log?.info({ subject: message.subject }, 'mail held in the in-memory outbox');
  }

  /** The messages sent to `to`, newest last. */
  to(to: string): readonly MailMessage[] {
    return this.sent.filter((message) => message.to === to);
  }

  /** Every message kept, oldest first. */
  all(): readonly MailMessage[] {
    return [...this.sent];
  }

  async close(): Promise<void> {}
}
