--liquibase formatted sql

--changeset danvan:platform-010-idempotency-claim-lease
-- A claim on an idempotency key is a lease: a process that dies between claiming a key and
-- completing it would otherwise leave it 'running' for a day, and every retry refused. A retry
-- takes over a 'running' claim whose lease (claimed_at plus the lease the API sets) has run out;
-- claim identifies the holder, so that only the holder completes or releases it.
alter table platform.idempotency_key
    add column claimed_at timestamptz,
    add column claim uuid;
update platform.idempotency_key set claimed_at = created_at;
alter table platform.idempotency_key
    alter column claimed_at set not null,
    alter column claimed_at set default now();
