-- Trust (src/trust): decided disputes as trust reads them. Disputes record each decision here
-- through TrustService.recordDisputeOutcome; JSS, client trust and hold length read it.
create table trust_dispute_outcomes (
  dispute_id     text primary key,
  contract_id    text not null,
  client_id      text not null,
  freelancer_id  text not null,
  opened_by      text not null,                  -- client | freelancer
  outcome        text not null,                  -- release | refund | split
  decided_at     timestamptz not null
);
create index trust_dispute_outcomes_contract_idx on trust_dispute_outcomes (contract_id, decided_at);
create index trust_dispute_outcomes_client_idx on trust_dispute_outcomes (client_id, decided_at);
