--liquibase formatted sql

--changeset danvan:platform-008-open-fact-indexes
-- The open cases of every unit, for the overdue list (keyset on due day, unit, id) and the
-- backlog of the scorecards (one index-only pass per unit). The predicate is written as the
-- queries write it (OversightQueries.OPEN_STATES), so the planner can use them.
create index petition_fact_open on platform.petition_fact (due_on, unit_code, petition_id)
    where state in ('RECEIVED', 'CLASSIFIED', 'ACCEPTED', 'VERIFYING', 'SUSPENDED', 'APPEALED');
create index petition_fact_open_unit on platform.petition_fact (unit_code) include (received_on, due_on, state)
    where state in ('RECEIVED', 'CLASSIFIED', 'ACCEPTED', 'VERIFYING', 'SUSPENDED', 'APPEALED');

--changeset danvan:platform-008-fact-version
-- One counter per unit, raised in the same transaction as any change to the unit's facts: the
-- oversight cache keys its entries by the counters of the units a figure covers, so a figure
-- computed before a write is never served after that write has committed. Future fact tables
-- (receptions, directive tasks) raise the same counter.
create table platform.fact_version (
    unit_code  varchar(5) primary key,
    version    bigint not null,
    changed_at timestamptz not null default now()
);

--changeset danvan:platform-008-petition-summaries
-- PII-free monthly summaries of petition_fact, kept by the trigger below in the same transaction
-- as the fact, so the city's scorecards add up a few rows per unit and month instead of every
-- petition. Received measures sit in the month of receipt, resolution measures in the month of
-- resolution. A row whose counts fell back to zero is left in place; it reads as no row.
create table platform.petition_month (
    unit_code          varchar(5) not null,
    month              date not null,
    received           integer not null default 0,
    complaints         integer not null default 0,
    denunciations      integer not null default 0,
    recommendations    integer not null default 0,
    reflections        integer not null default 0,
    in_person          integer not null default 0,
    by_post            integer not null default 0,
    online             integer not null default 0,
    transferred        integer not null default 0,
    staff_entry        integer not null default 0,
    group_petitions    integer not null default 0,
    transfers_in       integer not null default 0,
    transfers_out      integer not null default 0,
    resolved           integer not null default 0,
    resolved_on_time   integer not null default 0,
    satisfaction_sum   integer not null default 0,
    satisfaction_count integer not null default 0,
    primary key (unit_code, month)
);
create index petition_month_month on platform.petition_month (month, unit_code);

-- Days from receipt to resolution, counted per unit, month of resolution and number of days: the
-- median of any period is read from it exactly.
create table platform.petition_resolve_days (
    unit_code varchar(5) not null,
    month     date not null,
    days      integer not null,
    petitions integer not null,
    primary key (unit_code, month, days)
);
create index petition_resolve_days_month on platform.petition_resolve_days (month, unit_code);

-- Petitions per unit, month of receipt, kind, channel and current state: the statistics cube.
create table platform.petition_stat (
    unit_code varchar(5) not null,
    month     date not null,
    kind      text not null,
    channel   text not null,
    state     text not null,
    petitions integer not null,
    primary key (unit_code, month, kind, channel, state)
);
create index petition_stat_month on platform.petition_stat (month, unit_code);

--changeset danvan:platform-008-summary-views
-- The summaries as computed from the facts: what rebuild writes and what the drift check compares.
create view platform.petition_month_from_facts as
select unit_code, month,
       sum(received)::integer as received, sum(complaints)::integer as complaints,
       sum(denunciations)::integer as denunciations, sum(recommendations)::integer as recommendations,
       sum(reflections)::integer as reflections, sum(in_person)::integer as in_person,
       sum(by_post)::integer as by_post, sum(online)::integer as online, sum(transferred)::integer as transferred,
       sum(staff_entry)::integer as staff_entry, sum(group_petitions)::integer as group_petitions,
       sum(transfers_in)::integer as transfers_in, sum(transfers_out)::integer as transfers_out,
       sum(resolved)::integer as resolved, sum(resolved_on_time)::integer as resolved_on_time,
       sum(satisfaction_sum)::integer as satisfaction_sum, sum(satisfaction_count)::integer as satisfaction_count
  from (select unit_code, date_trunc('month', received_on)::date as month, 1 as received,
               (kind = 'COMPLAINT')::integer as complaints, (kind = 'DENUNCIATION')::integer as denunciations,
               (kind = 'RECOMMENDATION')::integer as recommendations, (kind = 'REFLECTION')::integer as reflections,
               (channel = 'IN_PERSON')::integer as in_person, (channel = 'POST')::integer as by_post,
               (channel = 'ONLINE')::integer as online, (channel = 'TRANSFERRED')::integer as transferred,
               (channel = 'STAFF_ENTRY')::integer as staff_entry, group_petition::integer as group_petitions,
               (transferred_from_unit is not null)::integer as transfers_in,
               (transferred_to_unit is not null)::integer as transfers_out,
               0 as resolved, 0 as resolved_on_time, 0 as satisfaction_sum, 0 as satisfaction_count
          from platform.petition_fact
        union all
        select unit_code, date_trunc('month', resolved_on)::date, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
               1, (due_on is null or resolved_on <= due_on)::integer, coalesce(satisfaction, 0),
               (satisfaction is not null)::integer
          from platform.petition_fact
         where resolved_on is not null) contributions
 group by unit_code, month;

create view platform.petition_resolve_days_from_facts as
select unit_code, date_trunc('month', resolved_on)::date as month, resolved_on - received_on as days,
       count(*)::integer as petitions
  from platform.petition_fact
 where resolved_on is not null
 group by 1, 2, 3;

create view platform.petition_stat_from_facts as
select unit_code, date_trunc('month', received_on)::date as month, kind, channel, state, count(*)::integer as petitions
  from platform.petition_fact
 group by 1, 2, 3, 4, 5;

--changeset danvan:platform-008-apply-fact splitStatements:false
-- Adds (sign 1) or takes away (sign -1) one fact's share of the summaries.
create function platform.petition_fact_apply(f platform.petition_fact, sign integer) returns void
language plpgsql as $$
declare
    received_month date := date_trunc('month', f.received_on)::date;
    resolved_month date := date_trunc('month', f.resolved_on)::date;
begin
    insert into platform.petition_month as m (unit_code, month, received, complaints, denunciations,
        recommendations, reflections, in_person, by_post, online, transferred, staff_entry, group_petitions,
        transfers_in, transfers_out)
    values (f.unit_code, received_month, sign,
        sign * (f.kind = 'COMPLAINT')::integer, sign * (f.kind = 'DENUNCIATION')::integer,
        sign * (f.kind = 'RECOMMENDATION')::integer, sign * (f.kind = 'REFLECTION')::integer,
        sign * (f.channel = 'IN_PERSON')::integer, sign * (f.channel = 'POST')::integer,
        sign * (f.channel = 'ONLINE')::integer, sign * (f.channel = 'TRANSFERRED')::integer,
        sign * (f.channel = 'STAFF_ENTRY')::integer, sign * f.group_petition::integer,
        sign * (f.transferred_from_unit is not null)::integer, sign * (f.transferred_to_unit is not null)::integer)
    on conflict (unit_code, month) do update set
        received = m.received + excluded.received, complaints = m.complaints + excluded.complaints,
        denunciations = m.denunciations + excluded.denunciations,
        recommendations = m.recommendations + excluded.recommendations,
        reflections = m.reflections + excluded.reflections, in_person = m.in_person + excluded.in_person,
        by_post = m.by_post + excluded.by_post, online = m.online + excluded.online,
        transferred = m.transferred + excluded.transferred, staff_entry = m.staff_entry + excluded.staff_entry,
        group_petitions = m.group_petitions + excluded.group_petitions,
        transfers_in = m.transfers_in + excluded.transfers_in, transfers_out = m.transfers_out + excluded.transfers_out;
    if f.resolved_on is not null then
        insert into platform.petition_month as m (unit_code, month, resolved, resolved_on_time, satisfaction_sum,
            satisfaction_count)
        values (f.unit_code, resolved_month, sign,
            sign * (f.due_on is null or f.resolved_on <= f.due_on)::integer, sign * coalesce(f.satisfaction, 0),
            sign * (f.satisfaction is not null)::integer)
        on conflict (unit_code, month) do update set
            resolved = m.resolved + excluded.resolved, resolved_on_time = m.resolved_on_time + excluded.resolved_on_time,
            satisfaction_sum = m.satisfaction_sum + excluded.satisfaction_sum,
            satisfaction_count = m.satisfaction_count + excluded.satisfaction_count;
        insert into platform.petition_resolve_days as d (unit_code, month, days, petitions)
        values (f.unit_code, resolved_month, f.resolved_on - f.received_on, sign)
        on conflict (unit_code, month, days) do update set petitions = d.petitions + excluded.petitions;
    end if;
    insert into platform.petition_stat as s (unit_code, month, kind, channel, state, petitions)
    values (f.unit_code, received_month, f.kind, f.channel, f.state, sign)
    on conflict (unit_code, month, kind, channel, state) do update set petitions = s.petitions + excluded.petitions;
end $$;

--changeset danvan:platform-008-fact-trigger splitStatements:false
-- Keeps the summaries and the unit's fact_version in step with every fact written, in the
-- writer's transaction. An upsert that changes nothing but updated_at changes no figure. A bulk
-- rebuild (danvan.facts_bulk set for its transaction) recomputes the summaries itself, at the end.
create function platform.petition_fact_changed() returns trigger
language plpgsql as $$
declare
    unit varchar(5);
begin
    if tg_op = 'UPDATE' and (old.kind, old.channel, old.state, old.round, old.group_petition, old.received_on,
            old.accepted_on, old.due_on, old.resolved_on, old.closed_on, old.transferred_from_unit,
            old.transferred_to_unit, old.satisfaction)
        is not distinct from (new.kind, new.channel, new.state, new.round, new.group_petition, new.received_on,
            new.accepted_on, new.due_on, new.resolved_on, new.closed_on, new.transferred_from_unit,
            new.transferred_to_unit, new.satisfaction) then
        return null;
    end if;
    if current_setting('danvan.facts_bulk', true) = 'on' then
        return null;
    end if;
    if tg_op = 'DELETE' then
        unit := old.unit_code;
    else
        unit := new.unit_code;
    end if;
    insert into platform.fact_version as v (unit_code, version, changed_at) values (unit, 1, now())
    on conflict (unit_code) do update set version = v.version + 1, changed_at = now();
    if tg_op in ('UPDATE', 'DELETE') then
        perform platform.petition_fact_apply(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform platform.petition_fact_apply(new, 1);
    end if;
    return null;
end $$;

--changeset danvan:platform-008-fact-trigger-create
create trigger petition_fact_summaries after insert or update or delete on platform.petition_fact
    for each row execute function platform.petition_fact_changed();

--changeset danvan:platform-008-rebuild-summaries splitStatements:false
-- Recomputes one unit's summaries from its facts and raises its fact_version: what
-- `tenant-admin facts rebuild` runs after it has rewritten the unit's facts.
create function platform.rebuild_petition_summaries(unit varchar) returns void
language sql as $$
    insert into platform.fact_version as v (unit_code, version, changed_at) values (unit, 1, now())
    on conflict (unit_code) do update set version = v.version + 1, changed_at = now();
    delete from platform.petition_month where unit_code = unit;
    delete from platform.petition_resolve_days where unit_code = unit;
    delete from platform.petition_stat where unit_code = unit;
    insert into platform.petition_month select * from platform.petition_month_from_facts where unit_code = unit;
    insert into platform.petition_resolve_days
        select * from platform.petition_resolve_days_from_facts where unit_code = unit;
    insert into platform.petition_stat select * from platform.petition_stat_from_facts where unit_code = unit;
$$;

--changeset danvan:platform-008-summaries-of-existing-facts
-- Facts recorded before this changelog get their summaries once.
select platform.rebuild_petition_summaries(u.unit_code)
  from (select distinct unit_code from platform.petition_fact) u;
