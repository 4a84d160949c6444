// Kysely types of the pattern facts (src/store/migrations/20261130020000_network_patterns.sql is the truth).
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export interface PatternFactsTable {
  id: Generated<string>;
  account_id: string;
  kind: string;
  counterpart_id: string | null;
  event_id: string;
  at: ColumnType<Date, Date | string, Date | string>;
  amount_cents: ColumnType<string | null, number | null | undefined, number | null>;
  detail: JSONColumnType<Record<string, unknown>, string | undefined, string>;
}

declare module '../store/schema.ts' {
  interface Database {
    pattern_facts: PatternFactsTable;
  }
}

/** The sweep's cursor per time-based pattern (src/store/migrations/20261201070000_pattern_sweep.sql). */
export interface PatternSweepsTable {
  pattern: string;
  swept_until: ColumnType<Date, Date | string, Date | string>;
}

declare module '../store/schema.ts' {
  interface Database {
    pattern_sweeps: PatternSweepsTable;
  }
}
