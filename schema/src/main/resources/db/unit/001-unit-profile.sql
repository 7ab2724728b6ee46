--liquibase formatted sql

--changeset danvan:unit-001-profile
-- Settings a unit keeps for itself; one row.
create table unit_profile (
    id          boolean primary key default true check (id),
    unit_code   varchar(5) not null,
    created_at  timestamptz not null default now()
);
