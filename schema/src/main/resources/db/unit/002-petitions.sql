--liquibase formatted sql

--changeset danvan:unit-002-petition
-- Đơn thư: complaints, denunciations, recommendations and reflections received by the unit.
create table petition (
    id                  bigint generated always as identity primary key,
    tracking_code       text not null unique,
    citizen_secret_hash text not null,
    kind                text not null check (kind in ('COMPLAINT', 'DENUNCIATION', 'RECOMMENDATION', 'REFLECTION')),
    channel             text not null check (channel in ('IN_PERSON', 'POST', 'ONLINE', 'TRANSFERRED', 'STAFF_ENTRY')),
    state               text not null,
    version             integer not null default 1,
    subject             text not null,
    matter              text not null,
    -- Unaccented, lower-case subject and matter (and petitioners' names, except a denouncer's).
    search_text         text not null,
    matter_simhash      bigint not null,
    received_on         date not null,
    received_at         timestamptz not null,
    round               smallint not null default 1,
    complex             boolean not null default false,
    especially_complex  boolean not null default false,
    complexity_reasons  text[] not null default '{}',
    remote_area         boolean not null default false,
    several_sites       boolean not null default false,
    group_petition      boolean not null default false,
    petitioner_count    integer not null default 1,
    handler_subject     text,
    handler_name        text,
    accepted_on         date,
    appealed_on         date,
    resolved_on         date,
    closed_on           date,
    extensions_granted  smallint not null default 0,
    decision            text,
    due_on              date,
    rating              smallint check (rating between 1 and 5),
    rated_at            timestamptz,
    split_from_id       bigint references petition (id),
    transferred_from_unit varchar(5),
    transferred_from_id bigint,
    transferred_to_unit varchar(5),
    transferred_to_id   bigint,
    reception_entry_id  bigint,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);
-- The officer's inbox: open cases by deadline. The predicate is written as the query writes it
-- (PetitionQuery.OPEN_STATES), so the planner can use the index.
create index petition_inbox on petition (due_on nulls last, id) where state in ('RECEIVED', 'CLASSIFIED', 'ACCEPTED', 'VERIFYING', 'SUSPENDED', 'APPEALED');
create index petition_received on petition (received_on desc, id desc);
create index petition_state on petition (state);
create index petition_search on petition using gin (search_text ext.gin_trgm_ops);

--changeset danvan:unit-002-petitioner
-- The people behind a petition: one, or a group of five or more with one to five representatives
-- (Law on Citizen Reception 2013, art. 29). The national ID number is stored encrypted, with a
-- keyed hash for matching duplicates; it is never stored in clear.
create table petitioner (
    id                 bigint generated always as identity primary key,
    petition_id        bigint not null references petition (id),
    position           smallint not null,
    representative     boolean not null default false,
    full_name          text not null,
    address            text,
    phone              text,
    national_id_cipher bytea,
    national_id_hash   text,
    unique (petition_id, position)
);
create index petitioner_national_id on petitioner (national_id_hash) where national_id_hash is not null;

--changeset danvan:unit-002-petition-event
-- The petition's timeline: append-only, one row per change (who, when, from, to, why).
create table petition_event (
    id            bigint generated always as identity primary key,
    petition_id   bigint not null references petition (id),
    at            timestamptz not null default now(),
    actor_subject text not null,
    actor_name    text,
    action        text not null,
    from_state    text,
    to_state      text not null,
    reason        text,
    details       jsonb not null default '{}'
);
create index petition_event_petition on petition_event (petition_id, id);

--changeset danvan:unit-002-petition-suspension
-- Suspension decisions pause the resolution clock until the resume decision.
create table petition_suspension (
    petition_id  bigint not null references petition (id),
    suspended_on date not null,
    resumed_on   date,
    primary key (petition_id, suspended_on)
);

--changeset danvan:unit-002-petition-link
-- Links between petitions: split from a mixed letter, transferred to or from another unit,
-- a possible duplicate here or in another unit.
create table petition_link (
    petition_id  bigint not null references petition (id),
    kind         text not null check (kind in ('SPLIT_FROM', 'TRANSFERRED_TO', 'TRANSFERRED_FROM', 'POSSIBLE_DUPLICATE')),
    target_unit  varchar(5) not null,
    target_id    bigint not null,
    created_at   timestamptz not null default now(),
    primary key (petition_id, kind, target_unit, target_id)
);

--changeset danvan:unit-002-confidential-read
-- Every read of a denouncer's identity (Law on Denunciation 2018, arts. 8, 9, 47, 56).
create table confidential_read (
    id            bigint generated always as identity primary key,
    at            timestamptz not null default now(),
    actor_subject text not null,
    actor_roles   text not null,
    petition_id   bigint not null references petition (id),
    what          text not null
);

--changeset danvan:unit-002-attachment
-- Files attached to a petition (or later a report): metadata here, bytes in the attachment store.
create table attachment (
    id          bigint generated always as identity primary key,
    owner_kind  text not null check (owner_kind in ('PETITION', 'DIRECTIVE_REPORT')),
    owner_id    bigint not null,
    name        text not null,
    media_type  text not null,
    size_bytes  bigint not null,
    sha256      text not null,
    storage_key text not null unique,
    created_at  timestamptz not null default now(),
    created_by  text not null
);
create index attachment_owner on attachment (owner_kind, owner_id);
