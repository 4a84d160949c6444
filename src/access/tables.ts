// Kysely types of the access capability's audit trail (src/store/migrations/20261130040000_access_admin.sql is the truth).
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export interface AccessAuditTable {
  id: Generated<string>;
  at: ColumnType<Date, Date | string | undefined, never>;
  actor_kind: string;
  actor_id: string;
  actor_name: string | null;
  action: string;
  target_id: string;
  detail: JSONColumnType<Record<string, unknown>, string, never>;
}

declare module '../store/schema.ts' {
  interface Database {
    access_audit: AccessAuditTable;
  }
}
