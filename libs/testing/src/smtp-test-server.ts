import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerError } from 'smtp-server';

/** One message as the server took it: the SMTP envelope, the parsed mail, and its bytes as sent. */
export interface ReceivedMail {
  readonly envelope: { readonly from: string; readonly to: readonly string[] };
  readonly mail: ParsedMail;
  /** What came over the wire, to check encodings a parser smooths over. */
  readonly raw: string;
}

export interface SmtpServerOptions {
  /** Recipients refused at RCPT TO with `550 5.1.1`, as a server does for an unknown mailbox. */
  readonly refusing?: readonly string[];
  /** Credentials the server asks for (AUTH PLAIN/LOGIN without TLS); absent: it asks for none. */
  readonly credentials?: { readonly user: string; readonly pass: string };
}

export interface TestSmtpServer {
  /** On 127.0.0.1. */
  readonly port: number;
  /** In the order the server accepted them; a message is here before its sender hears 250. */
  readonly received: ReceivedMail[];
  close(): Promise<void>;
}

const refusal = (message: string, responseCode: number): SMTPServerError =>
  Object.assign(new Error(message), { responseCode });

const bytesOf = async (stream: SMTPServerDataStream): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

/**
 * A real SMTP server (npm `smtp-server`) in the test process, on a free port, without TLS. It parses
 * each message with `mailparser` before answering, so a sender that was told 250 finds it here.
 */
export const startSmtpServer = async ({
  refusing = [],
  credentials,
}: SmtpServerOptions = {}): Promise<TestSmtpServer> => {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    logger: false,
    disabledCommands: credentials ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !credentials,
    allowInsecureAuth: true,
    closeTimeout: 1_000,
    onAuth: (auth, _session, callback) =>
      auth.username === credentials?.user && auth.password === credentials?.pass
        ? callback(null, { user: auth.username })
        : callback(refusal('5.7.8 Authentication credentials invalid', 535)),
    onRcptTo: (address, _session, callback) =>
      refusing.includes(address.address) ? callback(refusal('5.1.1 Mailbox unknown', 550)) : callback(),
    onData: (stream, session, callback) => {
      bytesOf(stream)
        .then(async (bytes) => {
          const from = session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address;
          const to = session.envelope.rcptTo.map((recipient) => recipient.address);
          received.push({
            envelope: { from, to },
            mail: await simpleParser(bytes),
            raw: bytes.toString('utf8'),
          });
        })
        .then(() => callback(), callback);
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
};
