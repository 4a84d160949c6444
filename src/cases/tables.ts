// Kysely types of the cases tables (src/store/migrations/20261122050000_cases.sql is the truth).
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface CasesTable {
  id: string;
  subject_type: string;
  subject_id: string;
  account_id: string;
  counterpart_id: string | null;
  subject_text: string | null;
  source: string;
  status: Generated<string>;
  queue: string;
  severity: string;
  priority: number;
  priority_boost: Generated<number>;
  policy: string | null;
  reason: string;
  assignee_id: string | null;
  assignee_name: string | null;
  claimed_at: NullableTimestamp;
  escalated: Generated<boolean>;
  sla_due_at: Timestamp;
  first_action_at: NullableTimestamp;
  resolution: string | null;
  resolution_reason: string | null;
  action_type: string | null;
  action_id: string | null;
  resolved_by_id: string | null;
  resolved_by_name: string | null;
  resolved_at: NullableTimestamp;
  appeal_id: string | null;
  opened_at: Timestamp;
  updated_at: Timestamp;
}

export interface CaseItemsTable {
  id: Generated<number>;
  case_id: string;
  kind: string;
  policy: string | null;
  decision_id: string | null;
  report_id: string | null;
  appeal_id: string | null;
  severity: string;
  reason: string;
  signals: JSONColumnType<unknown[], string, string>;
  created_at: Timestamp;
}

export interface CaseNotesTable {
  id: Generated<number>;
  case_id: string;
  author_id: string;
  author_name: string;
  body: string;
  created_at: Timestamp;
}

export interface CaseAuditTable {
  id: Generated<number>;
  case_id: string;
  at: Timestamp;
  actor_kind: string;
  actor_id: string;
  actor_name: string | null;
  action: string;
  detail: JSONColumnType<Record<string, unknown>, string, string>;
}

export interface ReportsTable {
  id: string;
  reporter_id: string;
  subject_type: string;
  subject_id: string;
  account_id: string;
  subject_text: string | null;
  reason: string;
  comment: string | null;
  case_id: string | null;
  credibility: number;
  muted: Generated<boolean>;
  status: Generated<string>;
  outcome: string | null;
  created_at: Timestamp;
  resolved_at: NullableTimestamp;
  /** direct | queued | escalated | closed (src/cases/triage.ts); null before triage existed. */
  triage: string | null;
  triage_reasons: ColumnType<string[], string | undefined, string>;
  triaged_at: NullableTimestamp;
  triaged_by: string | null;
}

export interface AppealOutcomesTable {
  appeal_key: string;
  original_case_id: string | null;
  policy: string;
  overturned: boolean;
  recorded_at: Timestamp;
}

declare module '../store/schema.ts' {
  interface Database {
    cases: CasesTable;
    case_items: CaseItemsTable;
    case_notes: CaseNotesTable;
    case_audit: CaseAuditTable;
    reports: ReportsTable;
    appeal_outcomes: AppealOutcomesTable;
  }
}
