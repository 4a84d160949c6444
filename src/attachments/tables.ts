import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

export interface AttachmentsTable {
  id: string;
  message_id: string | null;
  account_id: string | null;
  recipient_id: string | null;
  name: string;
  mime_type: string | null;
  size_bytes: number | null;
  sha256: string | null;
  status: string;
  released: Generated<boolean>;
  quarantined: Generated<boolean>;
  verdict: Json<unknown> | null;
  signals: ColumnType<unknown[], string | undefined, string>;
  decision_id: string | null;
  attempts: Generated<number>;
  next_attempt_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
  last_error: string | null;
  created_at: Generated<Date>;
  scanned_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
}

export interface AttachmentBlobsTable {
  attachment_id: string;
  data: ColumnType<Buffer, Buffer, Buffer>;
}

declare module '../store/schema.ts' {
  interface Database {
    attachments: AttachmentsTable;
    attachment_blobs: AttachmentBlobsTable;
  }
}
