-- Priority counts how many accounts a subject's account has messaged; relationships are keyed
-- (account_a, account_b), so the account_b side needs its own index to stay off a full scan.
create index if not exists relationships_account_b_idx on relationships (account_b);
