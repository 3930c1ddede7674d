export * from './comment-outcome-notice-due.events';
