import { createTransport, type SMTPTransportOptions, type Transporter } from 'nodemailer';
import { MailRefused, MailServerUnreachable, type MailNotSent } from '../port/mail-not-sent';
import { checkMessage } from '../port/message-checks';
import type { MailMessage, Mailer } from '../port/mailer';

export interface SmtpMailerOptions {
  /**
   * `smtp://[user:pass@]host[:port]` (STARTTLS whenever the server offers it, port 587 by default)
   * or `smtps://…` (TLS from the first byte, port 465 by default). User and password percent-encoded.
   */
  readonly url: string;
  /** The From header and envelope sender: `no-reply@city.example` or `City of X <no-reply@city.example>`. */
  readonly from: string;
  /** How long each step (connect, greeting, any reply) may take; default 15 seconds. */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/** Nodemailer's own defaults wait minutes for a server that accepted the connection and went quiet. */
export const transportOptionsOf = ({ url, timeoutMs = DEFAULT_TIMEOUT_MS }: SmtpMailerOptions) => {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  const options: SMTPTransportOptions = {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: parsed.port === '' ? (secure ? 465 : 587) : Number(parsed.port),
    secure,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    dnsTimeout: timeoutMs,
  };
  if (parsed.username === '') return options;
  return {
    ...options,
    auth: { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) },
  };
};

interface SmtpFailure {
  readonly code?: string;
  readonly responseCode?: number;
  readonly response?: string;
}

// The enhanced status code (RFC 3463) says why, and unlike the free text never quotes an address.
const enhancedStatusOf = (response: string | undefined): string =>
  /^\d{3}[ -](\d\.\d{1,3}\.\d{1,3})\b/.exec(response ?? '')?.[1] ?? '';

/** Maps nodemailer's error, which quotes the address and the server's reply, to one that does not. */
const notSentBecause = (error: SmtpFailure): MailNotSent => {
  if (error.responseCode !== undefined && error.responseCode >= 400)
    return new MailRefused(
      `the mail server refused the message: ${error.responseCode} ${enhancedStatusOf(error.response)}`.trim(),
      error.responseCode,
    );
  return new MailServerUnreachable(`the mail server could not be reached (${error.code ?? 'no answer'})`);
};

/** Hands each message to one SMTP server, on a connection of its own. */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(private readonly options: SmtpMailerOptions) {
    this.transport = createTransport(transportOptionsOf(options));
  }

  async send(message: MailMessage): Promise<void> {
    checkMessage(message);
    try {
      await this.transport.sendMail({
        from: this.options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html === undefined ? {} : { html: message.html }),
        headers: { 'Content-Language': message.language },
      });
    } catch (error) {
      throw notSentBecause(error as SmtpFailure);
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
