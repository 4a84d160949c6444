-- Trust (src/trust): when each freelancer's stored trust (JSS snapshot, badges, search columns)
-- next needs recomputing. Written by every recomputation (recompute.ts): `computed_at` is the
-- instant it judged as of, `due_at` the first instant its result can change with time alone
-- (horizon.ts; null: never), `config` a fingerprint of the trust settings it used. The daily
-- sweep recomputes the freelancers with no row, a row due, computed ahead of the sweep or with
-- other settings; writers of trust inputs that do not recompute the account (an enforcement
-- change on a client, an erasure) delete its row.
create table trust_recompute_due (
  account_id   text primary key,
  computed_at  timestamptz not null,
  due_at       timestamptz,
  config       text not null
);
create index trust_recompute_due_due_idx on trust_recompute_due (due_at);
