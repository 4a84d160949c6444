// Kysely types of the linked-accounts tables (src/store/migrations/20261130020000_network_patterns.sql is the truth).
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface NetworkSecretTable {
  id: number;
  secret: string;
  created_at: Generated<Date>;
}

export interface AccountIdentifiersTable {
  kind: string;
  value_hash: string;
  account_id: string;
  value_masked: string;
  first_seen_at: Timestamp;
  last_seen_at: Timestamp;
  sightings: Generated<number>;
  first_event_id: string;
  last_event_id: string;
  /** IP identifiers: the network facts at first sighting (20261201030000_login_network.sql). */
  network: JSONColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
}

declare module '../store/schema.ts' {
  interface Database {
    network_secret: NetworkSecretTable;
    account_identifiers: AccountIdentifiersTable;
  }
}
