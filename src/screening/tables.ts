import type { ColumnType, Generated } from 'kysely';

export interface ContentFingerprintsTable {
  id: Generated<string>;
  account_id: string;
  kind: string;
  target_id: string;
  fingerprint: string;
  sent_at: ColumnType<Date, Date | string, Date | string>;
}

/** The end of a sender's last message to one recipient (across-messages detection). */
export interface ScreeningMessageTailsTable {
  sender_id: string;
  recipient_id: string;
  tail: string;
  sent_at: ColumnType<Date, Date | string, Date | string>;
}

declare module '../store/schema.ts' {
  interface Database {
    content_fingerprints: ContentFingerprintsTable;
    screening_message_tails: ScreeningMessageTailsTable;
  }
}
