export * from './port';
export * from './outbox/mail-outbox.adapter';
export * from './smtp/smtp-mailer.adapter';
