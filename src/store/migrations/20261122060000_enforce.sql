-- Enforcement: strikes, actions, notices, appeals, false positives, identity verification
-- (documents encrypted at rest, every view audited) and webhook subscriptions/deliveries.

create table enforcement_strikes (
  id              text primary key,
  account_id      text not null,
  policy          text not null,
  policy_version  integer,
  severity        text not null,                -- low | medium | high | critical
  points          integer not null,
  decision_id     text,
  subject_type    text,
  subject_id      text,
  evidence        jsonb not null,               -- { quote, spans }: the user's own content only
  signal_types    jsonb not null default '[]'::jsonb, -- internal (false-positive accounting); never shown to the user
  case_id         text,
  status          text not null default 'active', -- active | removed
  created_at      timestamptz not null,
  expires_at      timestamptz not null,
  removed_at      timestamptz,
  removed_reason  text
);
create index enforcement_strikes_account_idx on enforcement_strikes (account_id, status, expires_at);

create table enforcement_actions (
  id              text primary key,
  account_id      text not null,
  type            text not null,                -- warning | restriction | payment_hold | suspension | permanent_suspension
  feature         text,                         -- restrictions: new_conversations | proposals | messaging | job_posts
  status          text not null,                -- proposed | active | lifted | expired | declined
  policy          text not null,
  policy_version  integer,
  reason          text not null,
  evidence        jsonb not null,
  strike_id       text,
  case_id         text,
  decision_id     text,
  automatic       boolean not null,
  applied_by      text,
  starts_at       timestamptz not null,
  ends_at         timestamptz,                  -- null: until lifted
  lifted_at       timestamptz,
  lifted_by       text,
  lift_reason     text,
  restored        jsonb,                        -- what an overturn or lift gave back
  created_at      timestamptz not null
);
create index enforcement_actions_account_idx on enforcement_actions (account_id, status);
create index enforcement_actions_due_idx on enforcement_actions (ends_at) where status = 'active';

create table enforcement_notices (
  id              text primary key,
  account_id      text not null,
  kind            text not null,
  action_id       text,
  strike_id       text,
  appeal_id       text,
  verification_id text,
  locale          text not null,
  facts           jsonb not null,               -- language-neutral; rendered per locale on read
  created_at      timestamptz not null
);
create index enforcement_notices_account_idx on enforcement_notices (account_id, created_at);

create table appeals (
  id              text primary key,
  account_id      text not null,
  action_id       text,
  strike_id       text,
  text            text not null,
  attachments     jsonb not null default '[]'::jsonb,
  status          text not null default 'open', -- open | upheld | overturned
  case_id         text,
  decided_by      text,
  decided_at      timestamptz,
  decision_reason text,
  restored        jsonb,
  created_at      timestamptz not null
);
-- One appeal per action and one per strike.
create unique index appeals_action_uq on appeals (action_id) where action_id is not null;
create unique index appeals_strike_uq on appeals (strike_id) where strike_id is not null;
create index appeals_account_idx on appeals (account_id);

-- An overturned appeal counts against every policy and signal type that caused the strike.
create table enforcement_false_positives (
  id              bigserial primary key,
  appeal_id       text not null,
  account_id      text not null,
  policy          text not null,
  signal_type     text,                         -- null: the policy row itself
  created_at      timestamptz not null
);
create index enforcement_false_positives_policy_idx on enforcement_false_positives (policy);

create table verification_requests (
  id              text primary key,
  account_id      text not null,
  trigger         text not null,                -- policy | suspicious_login | hold_lift | recurring | reviewer
  reason          text not null,
  provider        text not null,
  status          text not null,                -- requested | submitted | approved | rejected | expired
  due_at          timestamptz not null,
  requested_at    timestamptz not null,
  submitted_at    timestamptz,
  decided_at      timestamptz,
  decided_by      text,
  decision_reason text,
  case_id         text,
  hold_action_id  text,                         -- a hold that starts on expiry, or waits on approval to lift
  lift_on_approval boolean not null default false
);
create index verification_requests_account_idx on verification_requests (account_id, status);
create index verification_requests_due_idx on verification_requests (status, due_at);

create table verification_documents (
  id              text primary key,
  verification_id text not null references verification_requests (id),
  kind            text not null,                -- id_document | selfie
  content_type    text not null,
  size_bytes      integer not null,
  sha256          text not null,                -- of the plaintext, to spot re-uploads
  key_id          text not null,                -- which encryption key (sha256 prefix of it)
  iv              bytea,
  tag             bytea,
  ciphertext      bytea,                        -- AES-256-GCM; null once purged
  created_at      timestamptz not null,
  purged_at       timestamptz
);
create index verification_documents_verification_idx on verification_documents (verification_id);

create table verification_document_views (
  id              bigserial primary key,
  document_id     text not null,
  verification_id text not null,
  viewer_kind     text not null,
  viewer_id       text not null,
  viewer_name     text,
  viewed_at       timestamptz not null
);
create index verification_document_views_idx on verification_document_views (verification_id, id);

create table webhook_subscriptions (
  id              text primary key,
  url             text not null,
  topics          jsonb not null,
  secret          text not null,
  created_at      timestamptz not null,
  deleted_at      timestamptz
);

-- Outbox rows already fanned out to deliveries (a marker table: robust to out-of-order commits).
create table webhook_outbox_fanned (
  outbox_id       bigint primary key,
  fanned_at       timestamptz not null
);

create table webhook_deliveries (
  id              text primary key,
  subscription_id text not null references webhook_subscriptions (id),
  outbox_id       bigint not null,
  event_id        text not null,                -- Warden-Event-Id: the same for every retry and replay
  topic           text not null,
  payload         jsonb not null,
  status          text not null,                -- pending | delivered | dead
  attempts        integer not null default 0,
  next_attempt_at timestamptz not null,
  last_status     integer,
  last_error      text,
  delivered_at    timestamptz,
  created_at      timestamptz not null,
  unique (subscription_id, outbox_id)
);
create index webhook_deliveries_due_idx on webhook_deliveries (status, next_attempt_at);
