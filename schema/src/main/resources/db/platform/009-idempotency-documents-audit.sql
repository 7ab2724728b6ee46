--liquibase formatted sql

--changeset danvan:platform-009-idempotency-key
-- The first outcome of a mutation sent with an Idempotency-Key header, per caller: a retry with
-- the same key gets this response back instead of running the mutation again. Kept in
-- PostgreSQL, not Redis, so that neither a restart nor a Redis outage can make a retry create
-- a second petition. Rows older than a day are deleted (IdempotencyKeys.forgetOld).
create table platform.idempotency_key (
    subject      text not null,
    client       text not null,
    key          text not null check (length(key) between 1 and 200),
    request_hash text not null,
    state        text not null check (state in ('running', 'done')),
    response     jsonb,
    created_at   timestamptz not null default now(),
    completed_at timestamptz,
    primary key (subject, client, key)
);
create index idempotency_key_created on platform.idempotency_key (created_at);

--changeset danvan:platform-009-trusted-documents
-- Trusted documents: the GraphQL documents a third-party client registered (by a platform
-- admin), by their SHA-256. A client marked trusted-only runs nothing else.
create table platform.api_client (
    client       text primary key,
    trusted_only boolean not null,
    updated_by   text not null,
    updated_at   timestamptz not null default now()
);
create table platform.persisted_document (
    client        text not null,
    hash          text not null check (hash ~ '^[0-9a-f]{64}$'),
    document      text not null,
    registered_by text not null,
    registered_at timestamptz not null default now(),
    primary key (client, hash)
);

--changeset danvan:platform-009-api-audit
-- Who did what through the API: every mutation and every read of confidential fields (a
-- denouncer's identity: Law on Denunciation 2018, art. 47), with its outcome. Append-only: the
-- trigger below refuses updates and deletes, whoever asks.
create table platform.api_audit (
    id              bigint generated always as identity primary key,
    at              timestamptz not null default now(),
    subject         text not null,
    client          text not null,
    unit_code       varchar(5),
    kind            text not null check (kind in ('mutation', 'confidential-read')),
    operation       text not null,
    outcome         text not null,
    idempotency_key text
);
create index api_audit_at on platform.api_audit (at);
create index api_audit_subject on platform.api_audit (subject, at);

--changeset danvan:platform-009-api-audit-append-only splitStatements:false
create function platform.api_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'platform.api_audit is append-only';
end
$$;
create trigger api_audit_no_change before update or delete or truncate on platform.api_audit
    for each statement execute function platform.api_audit_append_only();
