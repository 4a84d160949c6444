-- The fingerprint (never the key) of the key that seals this database's secrets (identity
-- documents, webhook signing secrets): a process holding another key refuses to start
-- instead of failing on the first document it cannot open.
create table deployment_keys (
  purpose     text primary key,               -- 'encryption'
  key_id      text not null,                  -- first 16 hex of sha256(key)
  created_at  timestamptz not null default now()
);
