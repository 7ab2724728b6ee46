--liquibase formatted sql

--changeset danvan:platform-002-calendar
-- Public holidays and swapped days, kept per year by a platform admin. The Labour Code 2019
-- (art. 112) fixes the kinds; the government fixes the exact days each year, with swaps.
-- HOLIDAY: a weekday off. WORKING_WEEKEND: a Saturday or Sunday worked in exchange.
create table platform.public_holiday (
    day        date primary key,
    kind       text not null check (kind in ('HOLIDAY', 'WORKING_WEEKEND')),
    name       text not null,
    source     text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null default 'seed'
);

--changeset danvan:platform-002-deadline-rule
-- The effective-dated statutory clocks. A case keeps the rules in force on the day it was
-- received: the rule whose [effective_from, effective_to) holds the receipt date.
create table platform.deadline_rule (
    id              integer generated always as identity primary key,
    kind            text not null check (kind in ('COMPLAINT', 'DENUNCIATION', 'RECOMMENDATION', 'REFLECTION')),
    clock           text not null check (clock in ('ACCEPT', 'REPLY', 'RESOLVE')),
    round           smallint not null default 1 check (round in (1, 2)),
    counting        text not null check (counting in ('DAYS', 'WORKING_DAYS')),
    days            smallint not null check (days > 0),
    complex_days    smallint not null,
    remote_days     smallint not null,
    remote_complex_days smallint not null,
    several_sites_days  smallint not null,
    max_extensions  smallint not null default 0,
    extension_days  smallint not null default 0,
    effective_from  date not null,
    effective_to    date,
    legal_basis     text not null,
    check (effective_to is null or effective_to > effective_from)
);
create unique index deadline_rule_key on platform.deadline_rule (kind, clock, round, effective_from);
