/** Where mail goes: absent, to the in-memory outbox of the process. */
export interface MailConfig {
  /** `smtp://` or `smtps://`, with user and password if the server asks for them. */
  readonly smtpUrl: string;
  /** From header and envelope sender, such as `City of Example <no-reply@city.example>`. */
  readonly from: string;
}

const isSmtpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
  } catch {
    return false;
  }
};

// An address alone, or a display name before it in angle brackets; one line, one mailbox.
const SENDER = /^(?:[^<>\r\n,;]+ <[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+)$/u;

/** Reads SMTP_URL and MAIL_FROM, which go together; reports what is wrong into `problems`. */
export const readMailConfig = (
  smtpUrl: string | undefined,
  from: string | undefined,
  problems: string[],
): MailConfig | undefined => {
  const before = problems.length;
  // The value may carry a password, so it is not echoed back.
  if (smtpUrl !== undefined && !isSmtpUrl(smtpUrl))
    problems.push('SMTP_URL must be a URL of the form smtp://user:password@host:587 or smtps://host:465');
  if (from !== undefined && !SENDER.test(from))
    problems.push(
      `MAIL_FROM must be one address, such as no-reply@city.example or City <no-reply@city.example> (got ${JSON.stringify(from)})`,
    );
  if (smtpUrl !== undefined && from === undefined)
    problems.push('MAIL_FROM must be set with SMTP_URL: it is the address mail is sent from');
  if (from !== undefined && smtpUrl === undefined)
    problems.push('MAIL_FROM is set but SMTP_URL is not: mail would stay in the in-memory outbox');
  if (problems.length > before || smtpUrl === undefined || from === undefined) return undefined;
  return { smtpUrl, from };
};
