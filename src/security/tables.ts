import type { ColumnType, Generated } from 'kysely';

export interface LoginHistoryTable {
  event_id: string;
  account_id: string;
  at: ColumnType<Date, Date | string, Date | string>;
  ip: string | null;
  device: string | null;
  country: string | null;
  success: boolean;
  /** Network reputation at the login (migration 20261201030000_login_network.sql). */
  asn: ColumnType<string | null, number | null | undefined, number | null>;
  network_org: string | null;
  network_kind: string | null;
  country_source: string | null;
  created_at: Generated<Date>;
}

declare module '../store/schema.ts' {
  interface Database {
    login_history: LoginHistoryTable;
  }
}
