// Kysely table types. Keep in step with the SQL in migrations/ (the SQL is the source of truth).
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null, Date | string | null>;
type Count = ColumnType<number, number | undefined, number>;
type Json<T extends object = Record<string, unknown>> = JSONColumnType<T, string, string>;

export interface EventsTable {
  id: string;
  type: string;
  occurred_at: Timestamp;
  received_at: Generated<Date>;
  actor_id: string;
  payload: Json;
  payload_hash: string;
  result: Json;
}

export interface AccountsTable {
  id: string;
  role: string | null;
  plan: string | null;
  country: string | null;
  display_name: string | null;
  email_domain: string | null;
  created_at: NullableTimestamp;
  first_seen_at: Timestamp;
  payment_verified: Generated<boolean>;
  payment_verified_at: NullableTimestamp;
  identity_verified: Generated<boolean>;
  identity_verified_at: NullableTimestamp;
  profile: Generated<Json>;
  profile_updated_at: NullableTimestamp;
  last_login_at: NullableTimestamp;
  last_login_ip: string | null;
  jobs_posted: Count;
  proposals_submitted: Count;
  invites_sent: Count;
  messages_sent: Count;
  total_earned_cents: Count;
  total_spent_cents: Count;
  chargebacks: Count;
}

export interface RelationshipsTable {
  account_a: string;
  account_b: string;
  first_message_at: NullableTimestamp;
  last_message_at: NullableTimestamp;
  messages: Count;
  contracts_started: Count;
  contracts_ended: Count;
  first_contract_at: NullableTimestamp;
  total_paid_cents: Count;
}

export interface ContractsTable {
  id: string;
  job_id: string | null;
  client_id: string | null;
  freelancer_id: string | null;
  kind: string | null;
  amount_cents: number | null;
  status: string;
  started_at: NullableTimestamp;
  ended_at: NullableTimestamp;
  end_reason: string | null;
  total_paid_cents: Count;
  escrow_cents: Count;
  hours_logged: ColumnType<string, number | string | undefined, number | string>;
}

export interface PaymentsTable {
  event_id: string;
  contract_id: string;
  client_id: string | null;
  freelancer_id: string | null;
  kind: string;
  amount_cents: number;
  occurred_at: Timestamp;
}

export interface FeedbackTable {
  event_id: string;
  contract_id: string;
  from_id: string;
  to_id: string;
  stars: ColumnType<string | null, number | null, number | null>;
  private_score: number | null;
  end_reason: string | null;
  comment: string | null;
  left_at: Timestamp;
}

export interface JobsTable {
  id: string;
  client_id: string;
  title: string | null;
  description: string | null;
  budget_cents: number | null;
  posted_at: Timestamp;
}

export interface ApiKeysTable {
  id: string;
  name: string;
  prefix: string;
  key_hash: string;
  scopes: string[];
  created_at: Generated<Date>;
  revoked_at: NullableTimestamp;
  last_used_at: NullableTimestamp;
  /** The reviewer whose session made the key; their disabling revokes it too. */
  user_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  created_at: Generated<Date>;
  disabled_at: NullableTimestamp;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
}

export interface DecisionsTable {
  id: string;
  event_id: string | null;
  subject_type: string;
  subject_id: string;
  account_id: string | null;
  counterpart_id: string | null;
  outcome: string;
  policy_versions: Json<unknown[]>;
  signals: Json<unknown[]>;
  context: Json;
  effects: Json;
  exemptions: ColumnType<unknown[], string | undefined, string>;
  shadow: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface OutboxTable {
  id: Generated<string>;
  topic: string;
  dedupe_key: string;
  payload: Json;
  created_at: Generated<Date>;
  /** When webhook delivery turned the row into deliveries; null while it waits (outbox_unfanned_idx). */
  fanned_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface Database {
  decisions: DecisionsTable;
  outbox: OutboxTable;
  events: EventsTable;
  accounts: AccountsTable;
  relationships: RelationshipsTable;
  contracts: ContractsTable;
  payments: PaymentsTable;
  feedback: FeedbackTable;
  jobs: JobsTable;
  api_keys: ApiKeysTable;
  users: UsersTable;
  sessions: SessionsTable;
}
