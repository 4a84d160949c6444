-- Reviewer management: an append-only trail of what admins did to reviewer accounts and API
-- keys, and the reviewer who made a key (a disabled reviewer's keys stop working with them).

create table access_audit (
  id           bigserial primary key,
  at           timestamptz not null default now(),
  actor_kind   text not null,                  -- user | key | cli
  actor_id     text not null,
  actor_name   text,
  action       text not null,                  -- user.created | user.disabled | user.enabled | user.password_reset | user.role_changed | key.created | key.revoked
  target_id    text not null,                  -- the user or key acted on
  detail       jsonb not null default '{}'::jsonb
);
create index access_audit_target_idx on access_audit (target_id, id);

alter table api_keys add column user_id text references users (id);
create index api_keys_user_idx on api_keys (user_id) where user_id is not null;
create index sessions_user_idx on sessions (user_id);
