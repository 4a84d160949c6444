// Kysely types of the trust tables (src/store/migrations/20261122070000_trust.sql is the truth).
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T extends object | null = Record<string, unknown>> = JSONColumnType<T, string, string>;

export interface JssSnapshotsTable {
  id: Generated<number>;
  account_id: string;
  computed_at: Timestamp;
  score: number | null;
  window: string | null;
  null_reason: string | null;
  windows: Json<Record<string, number | null>>;
  eligibility: Json<Record<string, unknown>>;
  contributions: Json<unknown[]>;
  cause: string;
}

export interface AccountBadgesTable {
  account_id: string;
  badge: string;
  awarded: boolean;
  since: Timestamp;
  reasons: Json<unknown[]>;
  until: NullableTimestamp;
}

export interface BadgeHistoryTable {
  id: Generated<number>;
  account_id: string;
  badge: string;
  change: 'awarded' | 'removed';
  at: Timestamp;
  reasons: Json<unknown[]>;
  until: NullableTimestamp;
  cause: string;
}

export interface CircumventionFindingsTable {
  id: Generated<number>;
  account_id: string;
  kind: string;
  confirmed_at: Timestamp;
  reference: string | null;
  recorded_at: Generated<Date>;
}

export interface ExpertVettingTable {
  account_id: string;
  vetted: boolean;
  note: string | null;
  by_kind: string;
  by_id: string;
  by_name: string | null;
  at: Timestamp;
}

export interface SearchProfilesTable {
  account_id: string;
  display_name: string | null;
  title: string | null;
  overview: string | null;
  skills: ColumnType<string[], string[] | undefined, string[]>;
  skills_text: string | null;
  country: string | null;
  /** Generated from title, skills and overview; never written. */
  document: ColumnType<string, never, never>;
  weeks_with_earnings: ColumnType<number, number | undefined, number>;
  jss: number | null;
  badges: ColumnType<string[], string[] | undefined, string[]>;
  identity_verified: ColumnType<boolean, boolean | undefined, boolean>;
  active_strikes: ColumnType<number, number | undefined, number>;
  circumvention: ColumnType<boolean, boolean | undefined, boolean>;
  suspended: ColumnType<boolean, boolean | undefined, boolean>;
  trust_multiplier: ColumnType<number, number | undefined, number>;
  /** When trust was last recomputed (not every day: the sweep skips freelancers that are not due). */
  trust_updated_at: NullableTimestamp;
}

export interface JobInterviewPoliciesTable {
  job_id: string;
  client_id: string;
  job_kind: string | null;
  policy: string;
  risk_points: number;
  reasons: Json<unknown[]>;
  decided_at: Timestamp;
}

export interface InvitationJudgementsTable {
  invite_id: string;
  event_id: string;
  job_id: string;
  client_id: string;
  freelancer_id: string;
  flagged: boolean;
  priority: string;
  reasons: Json<unknown[]>;
  judged_at: Timestamp;
}

/** 20261201090000_trust_declined_asks.sql: off-platform requests their recipient declined (reply or report). */
export interface TrustDeclinedAsksTable {
  account_id: string;
  asker_id: string;
  ask_decision_id: string;
  via: 'reply' | 'report';
  reference: string;
  declined_at: Timestamp;
}

/** 20261204090000_trust_recompute_due.sql: when each freelancer's stored trust next needs recomputing. */
export interface TrustRecomputeDueTable {
  account_id: string;
  computed_at: Timestamp;
  due_at: NullableTimestamp;
  config: string;
}

declare module '../store/schema.ts' {
  interface Database {
    jss_snapshots: JssSnapshotsTable;
    account_badges: AccountBadgesTable;
    badge_history: BadgeHistoryTable;
    circumvention_findings: CircumventionFindingsTable;
    expert_vetting: ExpertVettingTable;
    search_profiles: SearchProfilesTable;
    job_interview_policies: JobInterviewPoliciesTable;
    invitation_judgements: InvitationJudgementsTable;
    trust_declined_asks: TrustDeclinedAsksTable;
    trust_recompute_due: TrustRecomputeDueTable;
  }
}
