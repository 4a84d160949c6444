-- Network reputation of each login (src/network/reputation.ts): the autonomous system and its
-- organisation, and the kind of network (cloud, hosting, vpn, relay, tor; null for home, office
-- and mobile networks). `country_source` says whether the country came from the marketplace
-- ('event') or from the IP data ('ip'). Older rows keep nulls: they were judged without them.
alter table login_history add column if not exists asn bigint;
alter table login_history add column if not exists network_org text;
alter table login_history add column if not exists network_kind text;
alter table login_history add column if not exists country_source text;

-- Linked accounts: what the IP data said about a shared IP address when it was first seen
-- ({asn, org, country, kind}), so the graph shows a reviewer an office network, a mobile
-- carrier or a VPN exit for what it is. Null for other identifier kinds.
alter table account_identifiers add column if not exists network jsonb;
