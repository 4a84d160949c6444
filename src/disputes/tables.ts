// Kysely types of the disputes tables (src/store/migrations/20261130031000_disputes.sql is the truth).
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Cents = ColumnType<string | number, number, number>;

export interface DisputesTable {
  id: string;
  contract_id: string;
  client_id: string;
  freelancer_id: string;
  contract_kind: string;
  milestone_id: string | null;
  week_start: ColumnType<Date | string | null, string | null, string | null>;
  opened_by: string;
  claim_kind: string;
  claim_text: string;
  amount_cents: Cents;
  status: Generated<string>;
  case_id: string;
  opened_at: Timestamp;
  respond_by: Timestamp;
  evidence_by: Timestamp;
  decide_by: Timestamp;
  outcome: string | null;
  release_cents: ColumnType<string | number | null, number | null, number | null>;
  refund_cents: ColumnType<string | number | null, number | null, number | null>;
  decision_reason: string | null;
  decided_by_id: string | null;
  decided_by_name: string | null;
  decided_at: NullableTimestamp;
}

export interface DisputeEvidenceTable {
  id: Generated<number>;
  dispute_id: string;
  party: string;
  kind: string;
  reference: string | null;
  text: string | null;
  submitted_at: Timestamp;
  late: Generated<boolean>;
}

declare module '../store/schema.ts' {
  interface Database {
    disputes: DisputesTable;
    dispute_evidence: DisputeEvidenceTable;
  }
}
