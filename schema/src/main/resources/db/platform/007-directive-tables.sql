--liquibase formatted sql

--changeset danvan:platform-007-directive
-- Chỉ thị: the city Party Standing Committee's directives (e.g. 07-CT/TU, 36-CT/TU), their groups of
-- tasks and the tasks every level carries out. City-owned: units read them, only the city writes them.
create table platform.directive (
    id          bigint generated always as identity primary key,
    number      text not null unique,
    title       text not null,
    issued_on   date not null,
    issuer      text not null,
    summary     text not null default '',
    created_at  timestamptz not null default now(),
    created_by  text not null
);

create table platform.directive_task_group (
    id           bigint generated always as identity primary key,
    directive_id bigint not null references platform.directive (id),
    position     smallint not null,
    title        text not null,
    unique (directive_id, position)
);

-- A task is one-off (a deadline) or recurring (a report every month or quarter from starts_on to
-- ends_on, each due on its period's last day).
create table platform.directive_task (
    id              bigint generated always as identity primary key,
    directive_id    bigint not null references platform.directive (id),
    group_id        bigint not null references platform.directive_task_group (id),
    position        smallint not null,
    title           text not null,
    description     text not null default '',
    expected_output text not null default '',
    recurrence      text not null check (recurrence in ('NONE', 'MONTHLY', 'QUARTERLY')),
    due_on          date,
    starts_on       date,
    ends_on         date,
    created_at      timestamptz not null default now(),
    created_by      text not null,
    check ((recurrence = 'NONE' and due_on is not null and starts_on is null and ends_on is null)
        or (recurrence <> 'NONE' and due_on is null and starts_on is not null and ends_on is not null
            and starts_on <= ends_on)),
    unique (group_id, position)
);
create index directive_task_directive on platform.directive_task (directive_id, group_id, position);

--changeset danvan:platform-007-directive-assignment-request
-- One row per assignment the city made, by its request key: a retried request finds its row and
-- assigns nothing again. The per-unit assignments themselves live in the units' schemas.
create table platform.directive_assignment_request (
    request_key  text primary key,
    task_id      bigint not null references platform.directive_task (id),
    unit_codes   varchar(5)[] not null,
    created      integer not null,
    requested_by text not null,
    requested_at timestamptz not null default now()
);

--changeset danvan:platform-007-directive-assignment-fact
-- One PII-free row per task assigned to a unit, written in the same transaction as every change to
-- the unit's assignment (assignment, acceptance, report, return for rework): the city's progress
-- view and the oversight scorecards read this table, never the 126 unit schemas. No narrative,
-- notes, plan items or names: only dates, counts and the percentage. The unit's assignment is keyed
-- by the task's id too (DirectiveAssignment:<unit_code>:<task_id>).
create table platform.directive_assignment_fact (
    unit_code        varchar(5) not null,
    task_id          bigint not null,
    directive_id     bigint not null,
    recurrence       text not null,
    assigned_on      date not null,
    accepted_on      date,
    percent          smallint not null default 0,
    reports          integer not null default 0,
    returned_reports integer not null default 0,
    last_report_on   date,
    obligations      integer not null,
    obligations_met  integer not null default 0,
    -- Due days of the report obligations not met yet, ascending; the first is the next report due,
    -- and those before today are missed: the task is late for this unit.
    open_due_on      date[] not null,
    next_due_on      date,
    due_on           date not null,
    done_on          date,
    updated_at       timestamptz not null default now(),
    primary key (unit_code, task_id)
);
create index directive_assignment_fact_directive on platform.directive_assignment_fact (directive_id, task_id);
create index directive_assignment_fact_next_due on platform.directive_assignment_fact (next_due_on) where done_on is null;
