-- Content fingerprints (SimHash) of what each account sent, for mass-sending detection that
-- works across processes and restarts.
create table content_fingerprints (
  id           bigserial primary key,
  account_id   text not null,
  kind         text not null,
  target_id    text not null,
  fingerprint  text not null,
  sent_at      timestamptz not null
);
create index content_fingerprints_account_idx on content_fingerprints (account_id, sent_at);
