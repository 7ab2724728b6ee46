--liquibase formatted sql

--changeset danvan:platform-006-reception-frequency-rule
-- How often a unit's leaders must receive citizens in person, effective-dated: a month is judged
-- by the rule in force on its first day. WEEK: at least min_days days in each week (a week
-- belongs to the month that holds its Thursday, as ISO weeks do); MONTH: in the month.
create table platform.reception_frequency_rule (
    id             integer generated always as identity primary key,
    office         text not null check (office in ('CHAIRMAN', 'PARTY_SECRETARY')),
    period         text not null check (period in ('WEEK', 'MONTH')),
    min_days       smallint not null check (min_days > 0),
    effective_from date not null,
    effective_to   date,
    legal_basis    text not null,
    check (effective_to is null or effective_to > effective_from)
);
create unique index reception_frequency_rule_key on platform.reception_frequency_rule (office, effective_from);

--changeset danvan:platform-006-reception-frequency-rule-seed
insert into platform.reception_frequency_rule (office, period, min_days, effective_from, effective_to, legal_basis) values
    ('CHAIRMAN', 'WEEK', 1, '2014-07-01', '2026-07-01', 'Law on Citizen Reception 2013, arts. 15(3), 18: the commune chairman receives citizens at least one day a week'),
    ('CHAIRMAN', 'MONTH', 2, '2026-07-01', null, 'Law 136/2025/QH15 amending the Law on Citizen Reception, from 2026-07-01: at least two days a month (confirm against the law text)'),
    ('PARTY_SECRETARY', 'MONTH', 2, '2019-02-18', null, 'Regulation 11-QĐi/TW of 2019-02-18, art. 4; Conclusion 215-KL/TW of 2025: at least two days a month')
on conflict do nothing;

--changeset danvan:platform-006-reception-session-fact
-- One PII-free row per reception session of every unit, written in the same transaction as the
-- unit's own change. With reception_frequency_rule it gives each unit's monthly compliance: the
-- distinct held_on days with status HELD and presider_office the rule's office.
-- No names (not even the presider's), no place: only what a city supervisor may see.
create table platform.reception_session_fact (
    unit_code       varchar(5) not null,
    session_id      bigint not null,
    kind            text not null,
    held_on         date not null,
    online          boolean not null,
    presider_office text not null,
    status          text not null,
    entry_count     integer not null default 0,
    people_received integer not null default 0,
    updated_at      timestamptz not null default now(),
    primary key (unit_code, session_id)
);
create index reception_session_fact_day on platform.reception_session_fact (held_on, unit_code);

--changeset danvan:platform-006-reception-entry-fact
-- One PII-free row per register entry: when, how many people, whether a group (5 or more, art. 29),
-- the kinds of matter raised and the petitions created (join platform.petition_fact on
-- (unit_code, petition_id = any(petition_ids)) for their progress). No names, addresses or text.
create table platform.reception_entry_fact (
    unit_code    varchar(5) not null,
    entry_id     bigint not null,
    session_id   bigint not null,
    received_on  date not null,
    group_size   integer not null,
    group_entry  boolean not null,
    matter_kinds text[] not null,
    petition_ids bigint[] not null,
    updated_at   timestamptz not null default now(),
    primary key (unit_code, entry_id)
);
create index reception_entry_fact_day on platform.reception_entry_fact (received_on, unit_code);
