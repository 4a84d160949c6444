// Kysely types of the enforcement tables (the SQL in 20261122060000_enforce.sql is the source of truth).
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T extends object = Record<string, unknown>> = JSONColumnType<T, string, string>;
type Bytes = ColumnType<Uint8Array | null, Uint8Array | null | undefined, Uint8Array | null>;

export interface EvidenceJson {
  quote?: string;
  spans?: { start: number; end: number }[];
}

export interface EnforcementStrikesTable {
  id: string;
  account_id: string;
  policy: string;
  policy_version: number | null;
  severity: string;
  points: number;
  decision_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  evidence: Json<EvidenceJson>;
  signal_types: ColumnType<string[], string | undefined, string>;
  case_id: string | null;
  status: Generated<string>;
  created_at: Timestamp;
  expires_at: Timestamp;
  removed_at: NullableTimestamp;
  removed_reason: string | null;
}

export interface EnforcementActionsTable {
  id: string;
  account_id: string;
  type: string;
  feature: string | null;
  status: string;
  policy: string;
  policy_version: number | null;
  reason: string;
  evidence: Json<EvidenceJson>;
  strike_id: string | null;
  case_id: string | null;
  decision_id: string | null;
  automatic: boolean;
  applied_by: string | null;
  starts_at: Timestamp;
  ends_at: NullableTimestamp;
  lifted_at: NullableTimestamp;
  lifted_by: string | null;
  lift_reason: string | null;
  restored: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  created_at: Timestamp;
}

export interface EnforcementNoticesTable {
  id: string;
  account_id: string;
  kind: string;
  action_id: string | null;
  strike_id: string | null;
  appeal_id: string | null;
  verification_id: string | null;
  locale: string;
  facts: Json<Record<string, unknown>>;
  created_at: Timestamp;
}

export interface AppealsTable {
  id: string;
  account_id: string;
  action_id: string | null;
  strike_id: string | null;
  text: string;
  attachments: ColumnType<unknown[], string | undefined, string>;
  status: Generated<string>;
  case_id: string | null;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  decision_reason: string | null;
  restored: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  created_at: Timestamp;
}

export interface EnforcementFalsePositivesTable {
  id: Generated<string>;
  appeal_id: string;
  account_id: string;
  policy: string;
  signal_type: string | null;
  created_at: Timestamp;
}

export interface VerificationRequestsTable {
  id: string;
  account_id: string;
  trigger: string;
  reason: string;
  provider: string;
  status: string;
  due_at: Timestamp;
  requested_at: Timestamp;
  submitted_at: NullableTimestamp;
  decided_at: NullableTimestamp;
  decided_by: string | null;
  decision_reason: string | null;
  case_id: string | null;
  hold_action_id: string | null;
  lift_on_approval: Generated<boolean>;
}

export interface VerificationDocumentsTable {
  id: string;
  verification_id: string;
  kind: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  key_id: string;
  iv: Bytes;
  tag: Bytes;
  ciphertext: Bytes;
  created_at: Timestamp;
  purged_at: NullableTimestamp;
}

export interface VerificationDocumentViewsTable {
  id: Generated<string>;
  document_id: string;
  verification_id: string;
  viewer_kind: string;
  viewer_id: string;
  viewer_name: string | null;
  viewed_at: Timestamp;
}

export interface WebhookSubscriptionsTable {
  id: string;
  url: string;
  topics: ColumnType<string[], string, string>;
  secret: string;
  created_at: Timestamp;
  deleted_at: NullableTimestamp;
}

export interface WebhookDeliveriesTable {
  id: string;
  subscription_id: string;
  outbox_id: string | number;
  event_id: string;
  topic: string;
  payload: Json<Record<string, unknown>>;
  status: string;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_status: number | null;
  last_error: string | null;
  delivered_at: NullableTimestamp;
  created_at: Timestamp;
}

/** Content held because its sender's account is suspended or restricted (20261130090000_held_content_appeal_messages.sql). */
export interface EnforcementHeldContentTable {
  id: string;
  account_id: string;
  action_id: string;
  decision_id: string;
  subject_type: string;
  subject_id: string;
  recipient_id: string | null;
  held_at: Timestamp;
  released_at: NullableTimestamp;
  release_reason: string | null;
}

/** One turn of an appeal's conversation. */
export interface AppealMessagesTable {
  id: string;
  appeal_id: string;
  author: string;
  kind: string;
  text: string;
  attachments: ColumnType<unknown[], string | undefined, string>;
  by_id: string | null;
  created_at: Timestamp;
}

declare module '../store/schema.ts' {
  interface Database {
    enforcement_strikes: EnforcementStrikesTable;
    enforcement_actions: EnforcementActionsTable;
    enforcement_notices: EnforcementNoticesTable;
    appeals: AppealsTable;
    enforcement_false_positives: EnforcementFalsePositivesTable;
    verification_requests: VerificationRequestsTable;
    verification_documents: VerificationDocumentsTable;
    verification_document_views: VerificationDocumentViewsTable;
    webhook_subscriptions: WebhookSubscriptionsTable;
    webhook_deliveries: WebhookDeliveriesTable;
    enforcement_held_content: EnforcementHeldContentTable;
    appeal_messages: AppealMessagesTable;
  }
}
