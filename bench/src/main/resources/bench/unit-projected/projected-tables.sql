--liquibase formatted sql

--changeset bench:projected-01-petition
create table petition (
    id bigint generated always as identity primary key,
    subject text not null,
    body text not null,
    kind text not null,
    status text not null,
    received_on date not null,
    due_on date,
    citizen_name text not null,
    citizen_id_hash text
);
create index petition_subject_trgm on petition using gin (subject ext.gin_trgm_ops);

--changeset bench:projected-02-petition-party
create table petition_party (
    id bigint generated always as identity primary key,
    petition_id bigint not null references petition (id),
    role text not null,
    full_name text not null,
    address text,
    phone text
);
create index petition_party_petition_id on petition_party (petition_id);

--changeset bench:projected-03-petition-event
create table petition_event (
    id bigint generated always as identity primary key,
    petition_id bigint not null references petition (id),
    kind text not null,
    actor text not null,
    note text,
    at timestamptz not null default now()
);
create index petition_event_petition_id_at on petition_event (petition_id, at);

--changeset bench:projected-04-petition-attachment
create table petition_attachment (
    id bigint generated always as identity primary key,
    petition_id bigint not null references petition (id),
    file_name text not null,
    content_type text not null,
    bytes bigint not null,
    storage_key text not null
);
create index petition_attachment_petition_id on petition_attachment (petition_id);

--changeset bench:projected-05-petition-assignment
create table petition_assignment (
    id bigint generated always as identity primary key,
    petition_id bigint not null references petition (id),
    assignee text not null,
    role text not null,
    assigned_at timestamptz not null default now(),
    done_at timestamptz
);
create index petition_assignment_assignee_done_at on petition_assignment (assignee, done_at);

--changeset bench:projected-06-reception
create table reception (
    id bigint generated always as identity primary key,
    held_on date not null,
    place text not null,
    host text not null,
    kind text not null,
    summary text
);
create index reception_held_on on reception (held_on);

--changeset bench:projected-07-reception-attendee
create table reception_attendee (
    id bigint generated always as identity primary key,
    reception_id bigint not null references reception (id),
    full_name text not null,
    id_hash text,
    address text,
    topic text
);
create index reception_attendee_reception_id on reception_attendee (reception_id);

--changeset bench:projected-08-reception-outcome
create table reception_outcome (
    id bigint generated always as identity primary key,
    reception_id bigint not null references reception (id),
    outcome text not null,
    follow_up text,
    petition_ref bigint
);
create index reception_outcome_reception_id on reception_outcome (reception_id);

--changeset bench:projected-09-directive
create table directive (
    id bigint generated always as identity primary key,
    number text not null,
    title text not null,
    issued_on date not null,
    issuer text not null,
    body text
);
create index directive_title_trgm on directive using gin (title ext.gin_trgm_ops);

--changeset bench:projected-10-directive-task
create table directive_task (
    id bigint generated always as identity primary key,
    directive_id bigint not null references directive (id),
    title text not null,
    owner text not null,
    due_on date,
    status text not null
);
create index directive_task_directive_id_status on directive_task (directive_id, status);

--changeset bench:projected-11-directive-task-update
create table directive_task_update (
    id bigint generated always as identity primary key,
    directive_task_id bigint not null references directive_task (id),
    progress smallint not null,
    note text,
    at timestamptz not null default now()
);
create index directive_task_update_directive_task_id_at on directive_task_update (directive_task_id, at);

--changeset bench:projected-12-document
create table document (
    id bigint generated always as identity primary key,
    title text not null,
    kind text not null,
    storage_key text not null,
    created_at timestamptz not null default now()
);
create index document_kind_created_at on document (kind, created_at);

--changeset bench:projected-13-comment
create table comment (
    id bigint generated always as identity primary key,
    subject_kind text not null,
    subject_id bigint not null,
    author text not null,
    body text not null,
    at timestamptz not null default now()
);
create index comment_subject_kind_subject_id on comment (subject_kind, subject_id);

--changeset bench:projected-14-notification
create table notification (
    id bigint generated always as identity primary key,
    recipient text not null,
    kind text not null,
    payload jsonb not null,
    read_at timestamptz,
    at timestamptz not null default now()
);
create index notification_recipient_read_at on notification (recipient, read_at);

--changeset bench:projected-15-audit-log
create table audit_log (
    id bigint generated always as identity primary key,
    actor text not null,
    action text not null,
    subject text not null,
    detail jsonb,
    at timestamptz not null default now()
);
create index audit_log_at on audit_log (at);

--changeset bench:projected-16-counter
create table counter (
    id bigint generated always as identity primary key,
    name text not null,
    year smallint not null,
    value bigint not null default 0
);
create index counter_name_year on counter (name, year);

--changeset bench:projected-17-staff-role
create table staff_role (
    id bigint generated always as identity primary key,
    user_id text not null,
    role text not null,
    granted_at timestamptz not null default now()
);
create index staff_role_user_id on staff_role (user_id);
