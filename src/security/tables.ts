import type { ColumnType, Generated } from 'kysely';

export interface LoginHistoryTable {
  event_id: string;
  account_id: string;
  at: ColumnType<Date, Date | string, Date | string>;
  ip: string | null;
  device: string | null;
  country: string | null;
  success: boolean;
  created_at: Generated<Date>;
}

declare module '../store/schema.ts' {
  interface Database {
    login_history: LoginHistoryTable;
  }
}
