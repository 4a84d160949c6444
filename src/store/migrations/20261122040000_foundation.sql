-- Foundation: events (idempotent log), context projections, API keys and reviewer users.

create table events (
  id            text primary key,              -- marketplace-unique event id (idempotency key)
  type          text not null,
  occurred_at   timestamptz not null,
  received_at   timestamptz not null default now(),
  actor_id      text not null,
  payload       jsonb not null,                -- the whole event as received
  payload_hash  text not null,                 -- sha256 of the canonical payload: same id + other payload = 409
  result        jsonb not null                 -- the reply given the first time, returned again for duplicates
);
create index events_actor_idx on events (actor_id, occurred_at);
create index events_type_time_idx on events (type, occurred_at);

create table accounts (
  id                    text primary key,
  role                  text,                  -- client | freelancer | agency
  plan                  text,                  -- basic | plus | business | enterprise ...
  country               text,
  display_name          text,
  email_domain          text,
  created_at            timestamptz,           -- from user.registered
  first_seen_at         timestamptz not null,
  payment_verified      boolean not null default false,
  payment_verified_at   timestamptz,
  identity_verified     boolean not null default false,
  identity_verified_at  timestamptz,
  profile               jsonb not null default '{}'::jsonb,
  profile_updated_at    timestamptz,
  last_login_at         timestamptz,
  last_login_ip         text,
  jobs_posted           integer not null default 0,
  proposals_submitted   integer not null default 0,
  invites_sent          integer not null default 0,
  messages_sent         integer not null default 0,
  total_earned_cents    bigint not null default 0,
  total_spent_cents     bigint not null default 0,
  chargebacks           integer not null default 0
);

-- A pair of accounts, stored once with account_a < account_b.
create table relationships (
  account_a           text not null,
  account_b           text not null,
  first_message_at    timestamptz,
  last_message_at     timestamptz,
  messages            integer not null default 0,
  contracts_started   integer not null default 0,
  contracts_ended     integer not null default 0,
  first_contract_at   timestamptz,
  total_paid_cents    bigint not null default 0,
  primary key (account_a, account_b)
);

create table contracts (
  id                text primary key,
  job_id            text,
  client_id         text,
  freelancer_id     text,
  kind              text,                      -- hourly | fixed
  amount_cents      bigint,                    -- fixed price or weekly limit
  status            text not null,             -- active | ended
  started_at        timestamptz,
  ended_at          timestamptz,
  end_reason        text,
  total_paid_cents  bigint not null default 0,
  escrow_cents      bigint not null default 0,
  hours_logged      numeric not null default 0
);
create index contracts_client_idx on contracts (client_id);
create index contracts_freelancer_idx on contracts (freelancer_id);

create table payments (
  event_id      text primary key,
  contract_id   text not null,
  client_id     text,
  freelancer_id text,
  kind          text not null,                 -- escrow | milestone | hourly | bonus
  amount_cents  bigint not null,
  occurred_at   timestamptz not null
);
create index payments_freelancer_idx on payments (freelancer_id, occurred_at);

create table feedback (
  event_id       text primary key,
  contract_id    text not null,
  from_id        text not null,
  to_id          text not null,
  stars          numeric,                       -- public 1..5
  private_score  integer,                       -- private 0..10 "would recommend"
  end_reason     text,
  comment        text,
  left_at        timestamptz not null
);
create index feedback_to_idx on feedback (to_id);

create table jobs (
  id           text primary key,
  client_id    text not null,
  title        text,
  description  text,
  budget_cents bigint,
  posted_at    timestamptz not null
);

create table api_keys (
  id            text primary key,
  name          text not null,
  prefix        text not null,                 -- first characters, shown in lists
  key_hash      text not null unique,          -- sha256 of the secret (keys are 192-bit random)
  scopes        text[] not null,
  created_at    timestamptz not null default now(),
  revoked_at    timestamptz,
  last_used_at  timestamptz
);

create table users (
  id             text primary key,
  email          text not null unique,
  name           text not null,
  role           text not null,                -- admin | reviewer | triage
  password_hash  text not null,                -- argon2id
  created_at     timestamptz not null default now(),
  disabled_at    timestamptz
);

create table sessions (
  token_hash   text primary key,
  user_id      text not null references users (id),
  created_at   timestamptz not null default now(),
  expires_at   timestamptz not null
);
