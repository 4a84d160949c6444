// Kysely types of the data-rights tables (src/store/migrations/20261201020000_rights.sql is the truth).
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type JsonColumn<T> = ColumnType<T, string, string>;

export interface RightsRequestsTable {
  id: string;
  account_id: string;
  kind: 'export' | 'erasure';
  requested_by: JsonColumn<{ kind: string; id: string; name: string | null }>;
  reason: string | null;
  summary: JsonColumn<Record<string, unknown>>;
  created_at: Timestamp;
}

export interface RightsErasuresTable {
  account_id: string;
  first_erased_at: Timestamp;
  last_erased_at: Timestamp;
  request_id: string;
  times: Generated<number>;
}

export interface RetentionRunsTable {
  id: Generated<number>;
  ran_at: Timestamp;
  settings: JsonColumn<Record<string, unknown>>;
  changed: JsonColumn<Record<string, number>>;
}

declare module '../store/schema.ts' {
  interface Database {
    rights_requests: RightsRequestsTable;
    rights_erasures: RightsErasuresTable;
    retention_runs: RetentionRunsTable;
  }
}
