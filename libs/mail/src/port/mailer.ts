/** One message to one person, written in one language. */
export interface MailMessage {
  /** Exactly one mailbox, `local@domain`; anything else is refused before it reaches a server. */
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** An HTML rendering of `text`; absent: the mail is plain text only. */
  readonly html?: string;
  /** BCP 47 tag of the language the message is written in, sent as Content-Language (RFC 3282). */
  readonly language: string;
}

/**
 * The mailer port. Embedded without a mail server, messages wait in the in-memory outbox; with
 * SMTP_URL they go to that server. Both pass libs/mail/src/contract/mailer.contract.ts.
 */
export interface Mailer {
  /**
   * Resolves once the message has been taken for delivery (by the mail server, not yet by the
   * recipient). Throws `MailRefused` when it will not be taken, `MailServerUnreachable` when nobody
   * answered in time.
   */
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}
