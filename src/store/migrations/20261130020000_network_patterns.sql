-- Linked accounts (src/network): every identifier an account was seen with — device id, IP,
-- phone, e-mail, payment handle, payout destination — keyed by a keyed hash of its normalised
-- value, never the value itself; `value_masked` is what people see (last digits, domain).
-- The key (`network_secret`) is made once per installation, so hashes cannot be looked up
-- in a table of all phone numbers.
create table if not exists network_secret (
  id         integer primary key check (id = 1),
  secret     text not null,
  created_at timestamptz not null default now()
);

create table if not exists account_identifiers (
  kind          text not null,
  value_hash    text not null,
  account_id    text not null,
  value_masked  text not null,
  first_seen_at timestamptz not null,
  last_seen_at  timestamptz not null,
  sightings     integer not null default 1,
  first_event_id text not null,
  last_event_id  text not null,
  primary key (kind, value_hash, account_id)
);
create index if not exists account_identifiers_account on account_identifiers (account_id);

-- Behaviour patterns and payment risk (src/patterns): one row per fact a pattern counts
-- (a hire without any message, a contact share, a tiny contract, a payout, a chargeback ...),
-- written as the event arrives, so a pattern is a bounded count over one account's recent
-- facts instead of a scan of its history.
create table if not exists pattern_facts (
  id            bigserial primary key,
  account_id    text not null,
  kind          text not null,
  counterpart_id text,
  event_id      text not null,
  at            timestamptz not null,
  amount_cents  bigint,
  detail        jsonb not null default '{}'::jsonb,
  unique (account_id, kind, event_id)
);
create index if not exists pattern_facts_account_kind_at on pattern_facts (account_id, kind, at desc);
