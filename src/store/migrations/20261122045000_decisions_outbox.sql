-- Decisions (every screening/policy outcome, explainable later) and the transactional outbox
-- that webhooks are delivered from.

create table decisions (
  id               text primary key,
  event_id         text,                        -- the event that caused it, when there was one
  subject_type     text not null,               -- message | job | proposal | profile | account | attachment | contract
  subject_id       text not null,
  account_id       text,                        -- whose content/behaviour was judged
  counterpart_id   text,
  outcome          text not null,               -- allow | nudge | mask | hold | block
  policy_versions  jsonb not null,              -- [{ name, version, outcome, matched: [rule ids] }]
  signals          jsonb not null,
  context          jsonb not null,              -- the context values the policies used
  effects          jsonb not null,              -- cases opened, strikes added, notices
  exemptions       jsonb not null default '[]'::jsonb,
  shadow           boolean not null default false,
  created_at       timestamptz not null default now()
);
create index decisions_account_idx on decisions (account_id, created_at);
create index decisions_subject_idx on decisions (subject_type, subject_id);
create index decisions_created_idx on decisions (created_at);

create table outbox (
  id             bigserial primary key,
  topic          text not null,                 -- decision.made, action.applied, case.resolved ...
  dedupe_key     text not null unique,          -- the same change never enqueues twice
  payload        jsonb not null,
  created_at     timestamptz not null default now()
);
