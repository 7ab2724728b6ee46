--liquibase formatted sql

--changeset danvan:platform-001-schemas
create schema if not exists platform;
-- Extensions live in their own schema, which every unit's search_path includes.
create schema if not exists ext;
create extension if not exists unaccent schema ext;
create extension if not exists pg_trgm schema ext;
create extension if not exists pgcrypto schema ext;

--changeset danvan:platform-001-unit
-- The registry of commune-level units. Codes come from Decision 19/2025/QĐ-TTg and have
-- been reused for different units over time, so a unit is its code plus the day it took effect.
create table platform.unit (
    id             integer generated always as identity primary key,
    code           varchar(5)  not null check (code ~ '^[0-9]{5}$'),
    effective_from date        not null,
    slug           text        not null,
    name           text        not null,
    kind           text        not null check (kind in ('WARD', 'COMMUNE')),
    schema_name    text        not null unique check (schema_name ~ '^unit_[a-z0-9_]{1,40}$'),
    status         text        not null check (status in ('PROVISIONING', 'ACTIVE', 'SUSPENDED', 'ARCHIVED')),
    schema_version text,
    migration_error text,
    migrated_at    timestamptz,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    unique (code, effective_from)
);
-- At most one living unit per code at a time.
create unique index unit_live_code on platform.unit (code) where status <> 'ARCHIVED';
create index unit_status on platform.unit (status, schema_version);
