import type { Migration } from '@commonplan/event-store';

export const messagingMigrations: readonly Migration[] = [
  {
    id: 'messaging/0001-processed-messages',
    sql: `
      CREATE TABLE processed_messages (
        consumer text NOT NULL,
        event_id uuid NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      );
    `,
  },
];
