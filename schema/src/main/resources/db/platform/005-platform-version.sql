--liquibase formatted sql

--changeset danvan:platform-005-platform-version
-- The fingerprint of this changelog as last applied: a start that finds it current skips
-- Liquibase for the platform schema altogether, as the unit registry lets it for unit schemas.
create table platform.platform_version (
    id          boolean primary key default true check (id),
    version     text not null,
    migrated_at timestamptz not null
);
