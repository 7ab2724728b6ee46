--liquibase formatted sql

--changeset danvan:unit-003-reception-session
-- Tiếp công dân: the unit's reception sessions. A session presided by the chairman or the Party
-- secretary in person is what the frequency rules count; one presided by a deputy is not.
create table reception_session (
    id              bigint generated always as identity primary key,
    kind            text not null check (kind in ('REGULAR', 'LEADER_PERIODIC', 'AD_HOC', 'DIALOGUE')),
    held_on         date not null,
    starts_at       time not null,
    ends_at         time,
    place           text,
    online          boolean not null default false,
    presider_office text not null check (presider_office in
                        ('CHAIRMAN', 'VICE_CHAIRMAN', 'PARTY_SECRETARY', 'DEPUTY_PARTY_SECRETARY', 'OFFICER')),
    presider_name   text not null,
    presider_subject text,
    note_taker_name text,
    status          text not null check (status in ('PLANNED', 'HELD', 'CANCELLED')),
    cancel_reason   text,
    -- The register's counts, kept with the session in the registering transaction: the month's
    -- calendar reads one index range of sessions and no entry at all.
    entry_count     integer not null default 0,
    people_received integer not null default 0,
    version         integer not null default 1,
    created_by      text not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check (status <> 'CANCELLED' or cancel_reason is not null),
    check (place is not null or online)
);
create index reception_session_day on reception_session (held_on, starts_at, id);

--changeset danvan:unit-003-reception-register-counter
-- The register's last sequence number per year (Law on Citizen Reception 2013, art. 25). Taking a
-- number updates this row in the registering transaction: concurrent registrations queue on the
-- row lock, and a rolled-back registration gives its number back, so numbers stay gap-free.
create table reception_register_counter (
    year        smallint primary key,
    last_number integer not null
);

--changeset danvan:unit-003-reception-entry
-- Sổ tiếp công dân: one entry per visitor or group received (art. 25). A denunciation raised makes
-- the entry confidential from then on: the visitors' identity follows the denouncer rules
-- (Law on Denunciation 2018, arts. 8, 9, 47).
create table reception_entry (
    id              bigint generated always as identity primary key,
    session_id      bigint not null references reception_session (id),
    year            smallint not null,
    sequence_number integer not null,
    received_on     date not null,
    content         text not null,
    prior_handling  text,
    request         text,
    handling        text,
    group_size      integer not null default 1 check (group_size >= 1),
    matter_kinds    text[] not null default '{}',
    confidential    boolean not null default false,
    recorded_by     text not null,
    recorded_by_name text,
    version         integer not null default 1,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    unique (year, sequence_number)
);
create index reception_entry_session on reception_entry (session_id, sequence_number);

--changeset danvan:unit-003-reception-visitor
-- The people of an entry: the visitor, or a group's representatives (art. 29). The national ID
-- number is stored encrypted, with a keyed hash, as for petitioners.
create table reception_visitor (
    entry_id           bigint not null references reception_entry (id),
    position           smallint not null,
    representative     boolean not null default false,
    full_name          text not null,
    address            text,
    phone              text,
    national_id_cipher bytea,
    national_id_hash   text,
    primary key (entry_id, position)
);

--changeset danvan:unit-003-reception-petition-link
-- The petitions created from an entry point back at it (the column exists since the petitions
-- changelog); the entry lists them through this key.
alter table petition add constraint petition_reception_entry_fk foreign key (reception_entry_id) references reception_entry (id);
create index petition_reception_entry on petition (reception_entry_id) where reception_entry_id is not null;

--changeset danvan:unit-003-reception-conclusion-notice
-- Thông báo kết luận: after a leader's session, the written notice of conclusions to the
-- agencies involved, with the entries it concerns.
create table reception_conclusion_notice (
    id          bigint generated always as identity primary key,
    session_id  bigint not null references reception_session (id),
    text        text not null,
    addressees  text[] not null,
    issued_on   date not null,
    entry_ids   bigint[] not null default '{}',
    issued_by   text not null,
    created_at  timestamptz not null default now()
);
create index reception_conclusion_notice_session on reception_conclusion_notice (session_id);

--changeset danvan:unit-003-reception-confidential-read
-- Every read of a confidential entry's visitors (Law on Denunciation 2018, art. 47).
create table reception_confidential_read (
    id            bigint generated always as identity primary key,
    at            timestamptz not null default now(),
    actor_subject text not null,
    actor_roles   text not null,
    entry_id      bigint not null references reception_entry (id)
);
