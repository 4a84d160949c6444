-- Webhook outbox at volume (issue 15). The fan-out pass found new rows with a `not exists`
-- against the marker table webhook_outbox_fanned, reading every row the outbox ever held
-- (665 ms a pass at 500,000 delivered rows). The mark moves onto the row, and a partial index
-- holds only the rows still to fan out, so a pass reads those alone. Delivered history is
-- pruned after WARDEN_WEBHOOK_RETENTION_DAYS (enforce/webhooks/delivery.ts pruneWebhookHistory).
alter table outbox add column fanned_at timestamptz;
update outbox o set fanned_at = f.fanned_at from webhook_outbox_fanned f where f.outbox_id = o.id;
drop table webhook_outbox_fanned;
create index outbox_unfanned_idx on outbox (id) where fanned_at is null;
create index outbox_fanned_at_idx on outbox (fanned_at) where fanned_at is not null;
create index webhook_deliveries_delivered_idx on webhook_deliveries (delivered_at) where status = 'delivered';
