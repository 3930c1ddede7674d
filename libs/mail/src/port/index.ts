export * from './mail-not-sent';
export * from './mailer';
export * from './message-checks';
