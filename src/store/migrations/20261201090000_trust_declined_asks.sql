-- Trust (src/trust): requests to move off the platform that their recipient declined, by a reply
-- refusing it or by reporting it (screening recognises both and records them through
-- TrustService.recordDeclinedAsk). One row per declined request; the positive trust fact
-- `offPlatformAsksDeclined` counts distinct askers over a window (trust/declined-asks.ts).
create table trust_declined_asks (
  account_id       text not null,                  -- who declined
  asker_id         text not null,
  ask_decision_id  text not null,                  -- the decision that found the request
  via              text not null,                  -- reply | report
  reference        text not null,                  -- the reply's decision id or the report id
  declined_at      timestamptz not null,
  primary key (account_id, ask_decision_id)
);
create index trust_declined_asks_account_idx on trust_declined_asks (account_id, declined_at);
