--liquibase formatted sql

--changeset danvan:unit-004-directive-assignment
-- A city directive task assigned to this unit (giao nhiệm vụ): at most one per task, so the task's
-- id is the assignment's and a retried assignment adds nothing. task_id and directive_id point at
-- platform.directive_task and platform.directive; no foreign key crosses schemas. Keys are natural
-- where they can be: every unit schema carries these relations, and their number per unit is bounded.
create table directive_assignment (
    task_id      bigint primary key,
    directive_id bigint not null,
    recurrence   text not null check (recurrence in ('NONE', 'MONTHLY', 'QUARTERLY')),
    assigned_at  timestamptz not null default now(),
    assigned_by  text not null,
    due_on       date not null,
    accepted_at  timestamptz,
    accepted_by  text,
    percent      smallint not null default 0 check (percent between 0 and 100),
    done_on      date
);

--changeset danvan:unit-004-directive-obligation
-- What the unit owes the city: one report per period of a recurring task, or one final report
-- for a one-off task. report_id is the report that meets it, null while none stands.
create table directive_obligation (
    assignment_id bigint not null references directive_assignment (task_id),
    period_start  date not null,
    period_end    date not null,
    due_on        date not null,
    report_id     bigint,
    primary key (assignment_id, period_start)
);

--changeset danvan:unit-004-directive-report
-- Progress reports (báo cáo tiến độ): percentage and narrative, evidence in the attachment table
-- (owner_kind DIRECTIVE_REPORT). The city may return one for rework with a comment.
create table directive_report (
    id             bigint generated always as identity primary key,
    assignment_id  bigint not null,
    period_start   date not null,
    percent        smallint not null check (percent between 0 and 100),
    narrative      text not null,
    state          text not null default 'SUBMITTED' check (state in ('SUBMITTED', 'RETURNED')),
    submitted_at   timestamptz not null default now(),
    submitted_by   text not null,
    submitted_by_name text,
    returned_at    timestamptz,
    returned_by    text,
    return_comment text,
    foreign key (assignment_id, period_start) references directive_obligation (assignment_id, period_start)
);
create index directive_report_assignment on directive_report (assignment_id, id);

--changeset danvan:unit-004-directive-plan-item
-- The unit's own plan (kế hoạch) for an assignment: items with an owner and dates. A few dozen
-- rows per assignment, read only when one assignment is opened: no index beyond the key.
create table directive_plan_item (
    id            bigint generated always as identity primary key,
    assignment_id bigint not null references directive_assignment (task_id),
    title         text not null,
    owner_name    text not null,
    starts_on     date not null,
    due_on        date not null,
    done_on       date,
    created_at    timestamptz not null default now(),
    created_by    text not null,
    check (due_on >= starts_on)
);

--changeset danvan:unit-004-directive-note
-- Notes on an assignment; those marked internal are for the unit's staff only, never the city.
-- Like plan items, few and read one assignment at a time: no index beyond the key.
create table directive_note (
    id             bigint generated always as identity primary key,
    assignment_id  bigint not null references directive_assignment (task_id),
    body           text not null,
    internal       boolean not null,
    created_at     timestamptz not null default now(),
    author_subject text not null,
    author_name    text
);

--changeset danvan:unit-004-directive-notification
-- The unit's feed: new assignments, reports due soon, reports returned for rework. A reminder is
-- written once per obligation (assignment and period).
create table directive_notification (
    id            bigint generated always as identity primary key,
    kind          text not null check (kind in ('NEW_ASSIGNMENT', 'DEADLINE_APPROACHING', 'REPORT_RETURNED')),
    assignment_id bigint not null references directive_assignment (task_id),
    period_start  date,
    due_on        date,
    message       text not null,
    created_at    timestamptz not null default now()
);
create unique index directive_notification_reminder on directive_notification (assignment_id, period_start)
    where kind = 'DEADLINE_APPROACHING';
