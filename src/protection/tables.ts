// Kysely types of the protection tables (src/store/migrations/20261130030000_protection.sql is the truth).
import type { ColumnType } from 'kysely';

type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface ProtectionContractTermsTable {
  contract_id: string;
  weekly_limit_hours: ColumnType<string | null, number | null, number | null>;
  manual_time_allowed: boolean | null;
}

export interface ProtectionHoursTable {
  event_id: string;
  contract_id: string;
  week_start: ColumnType<Date | string, string, string>;
  hours: ColumnType<string, number, number>;
  amount_cents: ColumnType<string | number, number, number>;
  source: string;
  logged_at: ColumnType<Date, Date | string, Date | string>;
}

export interface ProtectionMilestonesTable {
  contract_id: string;
  milestone_id: string;
  funded_at: NullableTimestamp;
  funded_cents: ColumnType<string | number, number | undefined, number>;
  work_started_at: NullableTimestamp;
  submitted_at: NullableTimestamp;
  submitted_via: string | null;
  released_at: NullableTimestamp;
  released_cents: ColumnType<string | number, number | undefined, number>;
}

declare module '../store/schema.ts' {
  interface Database {
    protection_contract_terms: ProtectionContractTermsTable;
    protection_hours: ProtectionHoursTable;
    protection_milestones: ProtectionMilestonesTable;
  }
}
