// Kysely types of the console's table (src/store/migrations/20261122080000_console.sql is the truth).
import type { ColumnType } from 'kysely';

export interface ConsoleSecretsTable {
  name: string;
  secret: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

declare module '../store/schema.ts' {
  interface Database {
    console_secrets: ConsoleSecretsTable;
  }
}
