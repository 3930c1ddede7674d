/**
 * Why a message was not sent. Messages never carry the recipient's address nor the server's reply
 * text, which often repeats it: errors end up in logs, and logs must not identify residents.
 */
export abstract class MailNotSent extends Error {
  /** True when sending the same message again later cannot succeed. */
  abstract readonly permanent: boolean;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The message was looked at and turned down: by the mail server, or before it, for its address. */
export class MailRefused extends MailNotSent {
  readonly permanent: boolean;

  /** `responseCode`: the server's SMTP reply code; absent when the message never reached a server. */
  constructor(
    message: string,
    readonly responseCode?: number,
  ) {
    super(message);
    // RFC 5321 §4.2.1: 5yz replies are permanent failures, 4yz transient ones.
    this.permanent = responseCode === undefined || responseCode >= 500;
  }
}

/** No mail server answered in time: down, unreachable, or stalled. Worth trying again later. */
export class MailServerUnreachable extends MailNotSent {
  readonly permanent = false;
}
