-- Versioned policies (immutable versions), which version is live and which runs in shadow,
-- rule matches for counters, and shadow results.

create table policy_versions (
  name        text not null,
  version     integer not null,
  document    jsonb not null,
  comment     text,
  created_by  text,
  created_at  timestamptz not null default now(),
  primary key (name, version)
);

create table policy_heads (
  name            text primary key,
  live_version    integer,                      -- null: the policy is switched off
  shadow_version  integer,
  updated_at      timestamptz not null default now()
);

-- One row per rule a (live) decision matched: the counters of repeat rules read it.
create table decision_rules (
  decision_id  text not null,
  account_id   text not null,
  policy       text not null,
  rule_id      text not null,
  created_at   timestamptz not null,
  primary key (decision_id, policy, rule_id)
);
create index decision_rules_counter_idx on decision_rules (account_id, policy, rule_id, created_at);

create table policy_shadow_results (
  decision_id      text not null,
  policy           text not null,
  live_version     integer,
  shadow_version   integer not null,
  live_outcome     text not null,
  shadow_outcome   text not null,
  live_rules       jsonb not null,
  shadow_rules     jsonb not null,
  created_at       timestamptz not null default now(),
  primary key (decision_id, policy, shadow_version)
);
create index policy_shadow_results_idx on policy_shadow_results (policy, shadow_version, created_at);
