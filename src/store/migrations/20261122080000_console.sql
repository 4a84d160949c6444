-- Secrets the console's server side generates once and keeps: the key that signs
-- account-standing links when WARDEN_SIGNING_SECRET is not configured.
create table if not exists console_secrets (
  name        text primary key,
  secret      text not null,
  created_at  timestamptz not null default now()
);
