-- Login history for account-security detection (new device, new country, impossible travel,
-- credential stuffing). One row per user.login event; judged against earlier rows in time.
create table if not exists login_history (
  event_id    text primary key,
  account_id  text not null,
  at          timestamptz not null,
  ip          text,
  device      text,
  country     text,
  success     boolean not null,
  created_at  timestamptz not null default now()
);

create index if not exists login_history_account_at on login_history (account_id, at desc);
