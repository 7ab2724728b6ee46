--liquibase formatted sql

--changeset danvan:platform-004-petition-fact
-- One PII-free row per petition of every unit, written in the same transaction as the unit's
-- own change: city oversight reads this one indexed table instead of visiting every schema.
-- No names, addresses, ID numbers or matter text: only what a city supervisor may see.
create table platform.petition_fact (
    unit_code         varchar(5) not null,
    petition_id       bigint not null,
    kind              text not null,
    channel           text not null,
    state             text not null,
    round             smallint not null,
    group_petition    boolean not null,
    received_on       date not null,
    accepted_on       date,
    due_on            date,
    resolved_on       date,
    closed_on         date,
    transferred_from_unit varchar(5),
    transferred_to_unit   varchar(5),
    satisfaction      smallint,
    updated_at        timestamptz not null default now(),
    primary key (unit_code, petition_id)
);
create index petition_fact_received on platform.petition_fact (received_on, unit_code);
create index petition_fact_due on platform.petition_fact (due_on) where resolved_on is null and closed_on is null;

--changeset danvan:platform-004-petitioner-fingerprint
-- Keyed hashes of petitioners' national ID numbers with a similarity hash of the matter, so a
-- petition can be flagged as a possible duplicate of one in any unit without any unit's
-- personal data leaving its schema. Neither value can be turned back into what it came from.
create table platform.petitioner_fingerprint (
    national_id_hash text not null,
    unit_code        varchar(5) not null,
    petition_id      bigint not null,
    kind             text not null,
    matter_simhash   bigint not null,
    received_on      date not null,
    primary key (national_id_hash, unit_code, petition_id)
);
