--liquibase formatted sql

--changeset danvan:platform-013-reception-session-fact-indexes
-- The days leaders received citizens, of all units (the scorecards judge the month under way from
-- them), and one unit's sessions around a day (the summary below recomputes them on every write):
-- each read from its index alone.
create index reception_session_fact_leader_day on platform.reception_session_fact (held_on, unit_code, presider_office)
    where status = 'HELD' and presider_office in ('CHAIRMAN', 'PARTY_SECRETARY');
create index reception_session_fact_unit_day on platform.reception_session_fact (unit_code, held_on)
    include (presider_office, status);

--changeset danvan:platform-013-reception-judging splitStatements:false
-- How reception compliance is judged, written once: the unit scorecards, the summary below and its
-- drift check all read these functions. As the unit's own receptions.Compliance judges: a month by
-- the rules in force on its first day; the chairman's weekly rule (Law on Citizen Reception 2013,
-- arts. 15(3), 18, until 2026-06-30) week by week, each Monday-to-Sunday week in the month of its
-- Thursday as ISO weeks are; the monthly rules (Law 136/2025/QH15 from 2026-07-01; Regulation
-- 11-QĐi/TW, art. 4) over the month; only held sessions the leader presided in person, one a day.

-- The first days of the months from from_day's to to_day's. Not inlined (strict), so that plans
-- made without the days (a lateral call, a trigger's generic plan) count a few months rather than
-- a thousand, and stay clear of JIT compilation.
create function platform.months_between(from_day date, to_day date) returns setof date
language sql immutable strict rows 3 as $$
    select g::date
      from generate_series(date_trunc('month', from_day::timestamp), date_trunc('month', to_day::timestamp),
                           interval '1 month') g
$$;

-- The weeks and months the rules judge in the months from from_month's to to_month's.
create function platform.reception_spans(from_month date, to_month date)
returns table (month date, office text, period text, min_days integer, span_from date, span_to date)
language sql stable as $$
    with rule_months as (
        select m.month, (m.month + interval '1 month')::date - 1 as month_end, r.office, r.period,
               r.min_days::integer as min_days
          from platform.months_between(from_month, to_month) m(month)
          join platform.reception_frequency_rule r
            on r.effective_from <= m.month and (r.effective_to is null or m.month < r.effective_to)
    )
    select month, office, period, min_days, month, month_end
      from rule_months where period = 'MONTH'
    union all
    select month, office, period, min_days, t.thursday - 3, t.thursday + 3
      from rule_months
     cross join lateral (select month + (11 - extract(isodow from month)::integer) % 7 + 7 * w as thursday
                           from generate_series(0, 4) w) t
     where period = 'WEEK' and t.thursday <= month_end
$$;

-- What the rules ask of every unit alike, month by month: the days required in the spans ended
-- before today, and whether they all have (the month is judged). A month without a rule: no row.
create function platform.reception_rule_months(from_month date, to_month date, today date)
returns table (month date, spans integer, required_days integer, judged boolean)
language sql stable as $$
    select month, count(*)::integer, coalesce(sum(min_days) filter (where span_to < today), 0)::integer,
           bool_and(span_to < today)
      from platform.reception_spans(from_month, to_month)
     group by month
$$;

-- The first month whose weeks may not all have ended by today: a week belongs to the month of its
-- Thursday, so it ends 3 days after that month at the latest. The months before it are final.
create function platform.reception_open_from(today date) returns date
language sql immutable as $$
    select date_trunc('month', (today - 3)::timestamp)::date
$$;

-- The days the units' leaders kept (units null: every unit's), for each unit and month in which
-- one kept a day the month's rules count: the days kept in the spans ended before today, at most
-- the minimum in each, since days over it in one week make up for no other; whether the month is
-- judged; whether every span has its minimum (met). A unit's month without a row kept nothing and
-- is not met: every minimum is above zero.
create function platform.reception_days_kept(units varchar[], from_month date, to_month date, today date)
returns table (unit_code varchar, month date, kept_days integer, judged boolean, met boolean)
language sql stable as $$
    with leader_days as (
        -- The months' weeks reach 3 days beyond them either side. Two branches rather than an OR,
        -- so that a plan made without the values (a trigger's) still reads one unit by its index.
        select distinct f.held_on, f.unit_code, f.presider_office as office
          from platform.reception_session_fact f
         where units is null and f.status = 'HELD' and f.presider_office in ('CHAIRMAN', 'PARTY_SECRETARY')
           and f.held_on between date_trunc('month', from_month::timestamp)::date - 3
                             and (date_trunc('month', to_month::timestamp) + interval '1 month')::date + 2
        union all
        select distinct f.held_on, f.unit_code, f.presider_office
          from platform.reception_session_fact f
         where f.unit_code = any(units) and f.status = 'HELD' and f.presider_office in ('CHAIRMAN', 'PARTY_SECRETARY')
           and f.held_on between date_trunc('month', from_month::timestamp)::date - 3
                             and (date_trunc('month', to_month::timestamp) + interval '1 month')::date + 2
    ), day_spans as (
        -- A day lies in its month and in its Monday-to-Sunday week: the spans starting there.
        select unit_code, office, 'MONTH' as period, date_trunc('month', held_on::timestamp)::date as span_from
          from leader_days
        union all
        select unit_code, office, 'WEEK', date_trunc('week', held_on::timestamp)::date
          from leader_days
    ), span_days as (
        -- Unit codes grouped as bytes ("C"): five digits sort alike in every collation, faster so.
        select d.unit_code collate "C" as unit_code, p.month, p.min_days, p.span_to, count(*) as days
          from day_spans d
          join platform.reception_spans(from_month, to_month) p
            on p.office = d.office and p.period = d.period and p.span_from = d.span_from
         group by 1, p.month, p.office, p.period, p.span_from, p.min_days, p.span_to
    ), kept as (
        select unit_code, month, sum(least(days, min_days)) filter (where span_to < today) as kept_days,
               count(*) filter (where days >= min_days) as spans_met
          from span_days
         group by unit_code, month
    )
    select k.unit_code collate "default", k.month, coalesce(k.kept_days, 0)::integer, r.judged, k.spans_met = r.spans
      from kept k
      join platform.reception_rule_months(from_month, to_month, today) r on r.month = k.month
$$;

-- The units' months (units null: every unit's) in which a session was held or cancelled or a
-- leader kept a day: the sessions held and cancelled, the days required (reception_rule_months)
-- and kept (reception_days_kept), judged and met. Months without a row count nothing.
create function platform.reception_months(units varchar[], from_month date, to_month date, today date)
returns table (unit_code varchar, month date, sessions_held integer, sessions_cancelled integer,
               required_days integer, kept_days integer, judged boolean, met boolean)
language sql stable as $$
    with counts as (
        select unit_code, date_trunc('month', held_on::timestamp)::date as month,
               count(*) filter (where status = 'HELD') as held, count(*) filter (where status = 'CANCELLED') as cancelled
          from platform.reception_session_fact
         where units is null and status in ('HELD', 'CANCELLED')
           and held_on >= date_trunc('month', from_month::timestamp)
           and held_on < date_trunc('month', to_month::timestamp) + interval '1 month'
         group by 1, 2
        union all
        select unit_code, date_trunc('month', held_on::timestamp)::date,
               count(*) filter (where status = 'HELD'), count(*) filter (where status = 'CANCELLED')
          from platform.reception_session_fact
         where unit_code = any(units) and status in ('HELD', 'CANCELLED')
           and held_on >= date_trunc('month', from_month::timestamp)
           and held_on < date_trunc('month', to_month::timestamp) + interval '1 month'
         group by 1, 2
    ), judged as (
        select coalesce(c.unit_code, k.unit_code) as unit_code, coalesce(c.month, k.month) as month,
               coalesce(c.held, 0)::integer as held, coalesce(c.cancelled, 0)::integer as cancelled,
               coalesce(k.kept_days, 0) as kept_days, coalesce(k.met, false) as met
          from counts c
          full join platform.reception_days_kept(units, from_month, to_month, today) k
            on k.unit_code = c.unit_code and k.month = c.month
    )
    select j.unit_code, j.month, j.held, j.cancelled, coalesce(r.required_days, 0), j.kept_days,
           coalesce(r.judged, false), j.met
      from judged j
      left join platform.reception_rule_months(from_month, to_month, today) r on r.month = j.month
$$;

--changeset danvan:platform-013-reception-month
-- PII-free monthly reception figures per unit: reception_months as if every span had ended, so a
-- month that is over (every week of it ended: 3 days after its end at most) is final here and the
-- scorecards add up a row per unit and month instead of judging every session. The session counts
-- are right for any month. Kept by the triggers below in the writer's transaction. A month
-- without a session held or cancelled or a day kept has no row.
create table platform.reception_month (
    unit_code          varchar(5) not null,
    month              date not null,
    sessions_held      integer not null,
    sessions_cancelled integer not null,
    required_days      integer not null,
    kept_days          integer not null,
    judged             boolean not null,
    met                boolean not null,
    primary key (unit_code, month)
);
create index reception_month_month on platform.reception_month (month, unit_code);

--changeset danvan:platform-013-reception-month-upkeep splitStatements:false
-- One unit's summary as its facts give it, over every month a session of it can count in. Not
-- inlined (strict), so that the planner sizes a call as a few months: the drift check and rebuild
-- below, over many units, are planned without JIT compilation.
create function platform.reception_months_from_facts(unit varchar) returns setof platform.reception_month
language sql stable strict rows 12 as $$
    select r.*
      from (select min(held_on) - 3 as first_day, max(held_on) + 3 as last_day
              from platform.reception_session_fact where unit_code = unit) u
     cross join lateral platform.reception_months(array[unit], u.first_day, u.last_day, 'infinity') r
$$;

-- Every unit's summary as the facts give it: what rebuild writes and what the drift check compares.
create view platform.reception_month_from_facts as
select u.unit_code, r.month, r.sessions_held, r.sessions_cancelled, r.required_days, r.kept_days, r.judged, r.met
  from (select distinct unit_code from platform.reception_session_fact) u
 cross join lateral platform.reception_months_from_facts(u.unit_code) r;

-- Recomputes the summary of these units (null: all) in the months from from_day's to to_day's.
-- The caller holds the units' fact_version rows (or the table), so that two writers of a unit
-- never recompute one month side by side, each blind to the other's session. Run on every session
-- write: one plan for all calls (planning the judging afresh costs more than running it for one
-- unit), never compiled.
create function platform.refresh_reception_months(units varchar[], from_day date, to_day date) returns void
language plpgsql set plan_cache_mode = force_generic_plan set jit = off as $$
begin
    if units is null then
        delete from platform.reception_month
         where month between date_trunc('month', from_day::timestamp) and to_day;
    else
        delete from platform.reception_month
         where unit_code = any(units) and month between date_trunc('month', from_day::timestamp) and to_day;
    end if;
    insert into platform.reception_month
    select * from platform.reception_months(units, from_day, to_day, 'infinity');
end $$;

-- Recomputes one unit's summary from its facts and raises its fact_version: what
-- `tenant-admin facts rebuild` runs after it has rewritten the unit's facts.
create function platform.rebuild_reception_summaries(unit varchar) returns void
language sql as $$
    insert into platform.fact_version as v (unit_code, version, changed_at) values (unit, 1, now())
    on conflict (unit_code) do update set version = v.version + 1, changed_at = now();
    delete from platform.reception_month where unit_code = unit;
    insert into platform.reception_month select * from platform.reception_month_from_facts where unit_code = unit;
$$;

--changeset danvan:platform-013-reception-session-fact-trigger splitStatements:false
-- Replaces platform 011's version trigger on sessions, in a set order: the unit's fact_version is
-- raised first (as 011 did), which locks its row until commit, and only then are the session's
-- months recomputed, so writers of one unit recompute its months one after the other, each seeing
-- the sessions of those before. A session counts in the months of the days from 3 before it to 3
-- after (its week's Thursday may lie in the month before or after). An upsert that changes nothing
-- but updated_at changes nothing; one that changes only a session's register counts changes no
-- month. A bulk load (danvan.facts_bulk set for its transaction) recomputes the summary itself
-- at the end (rebuild_reception_summaries).
create function platform.reception_session_fact_changed() returns trigger
language plpgsql as $$
begin
    if tg_op = 'UPDATE' and to_jsonb(old) - 'updated_at' = to_jsonb(new) - 'updated_at' then
        return null;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into platform.fact_version as v (unit_code, version, changed_at) values (new.unit_code, 1, now())
        on conflict (unit_code) do update set version = v.version + 1, changed_at = now();
    end if;
    if tg_op = 'DELETE' or old.unit_code <> new.unit_code then
        insert into platform.fact_version as v (unit_code, version, changed_at) values (old.unit_code, 1, now())
        on conflict (unit_code) do update set version = v.version + 1, changed_at = now();
    end if;
    if current_setting('danvan.facts_bulk', true) = 'on' then
        return null;
    end if;
    if tg_op = 'UPDATE' and (old.unit_code, old.held_on, old.presider_office, old.status)
            = (new.unit_code, new.held_on, new.presider_office, new.status) then
        return null;
    end if;
    if tg_op = 'DELETE' or (tg_op = 'UPDATE' and (old.unit_code, old.held_on) <> (new.unit_code, new.held_on)) then
        perform platform.refresh_reception_months(array[old.unit_code], old.held_on - 3, old.held_on + 3);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform platform.refresh_reception_months(array[new.unit_code], new.held_on - 3, new.held_on + 3);
    end if;
    return null;
end $$;

--changeset danvan:platform-013-reception-session-fact-trigger-create
drop trigger reception_session_fact_version on platform.reception_session_fact;
create trigger reception_session_fact_changed after insert or update or delete on platform.reception_session_fact
    for each row execute function platform.reception_session_fact_changed();

--changeset danvan:platform-013-reception-rule-trigger splitStatements:false
-- A rule edit (rare, by an administrator) changes every unit's figures from the first month it
-- touches. Every unit's fact_version is raised, so no scorecard cached before the edit is served
-- after it, and every unit's summary is recomputed from that month on. The table lock, taken
-- before any counter, waits for the fact writers under way and holds off the next ones until
-- commit: none recomputes a month by the old rules meanwhile, and none can deadlock with this.
create function platform.reception_frequency_rule_changed() returns trigger
language plpgsql as $$
declare
    first_day date;
begin
    if tg_op = 'INSERT' then
        select min(effective_from) into first_day from new_rules;
    elsif tg_op = 'DELETE' then
        select min(effective_from) into first_day from old_rules;
    else
        -- Only what judging reads: a new legal basis alone changes no figure.
        select min(effective_from) into first_day
          from ((select office, period, min_days, effective_from, effective_to from old_rules
                 except select office, period, min_days, effective_from, effective_to from new_rules)
                union all
                (select office, period, min_days, effective_from, effective_to from new_rules
                 except select office, period, min_days, effective_from, effective_to from old_rules)) changed;
    end if;
    if first_day is null then
        return null;
    end if;
    lock table platform.fact_version in share row exclusive mode;
    insert into platform.fact_version as v (unit_code, version, changed_at)
    select code, 1, now() from platform.unit
     union
    select unit_code, 1, now() from platform.fact_version
    on conflict (unit_code) do update set version = v.version + 1, changed_at = now();
    if current_setting('danvan.facts_bulk', true) = 'on' then
        return null;
    end if;
    perform platform.refresh_reception_months(null, first_day,
        greatest(first_day, (select max(held_on) + 3 from platform.reception_session_fact)));
    return null;
end $$;

--changeset danvan:platform-013-reception-rule-trigger-create
create trigger reception_frequency_rule_inserted after insert on platform.reception_frequency_rule
    referencing new table as new_rules
    for each statement execute function platform.reception_frequency_rule_changed();
create trigger reception_frequency_rule_updated after update on platform.reception_frequency_rule
    referencing old table as old_rules new table as new_rules
    for each statement execute function platform.reception_frequency_rule_changed();
create trigger reception_frequency_rule_deleted after delete on platform.reception_frequency_rule
    referencing old table as old_rules
    for each statement execute function platform.reception_frequency_rule_changed();

--changeset danvan:platform-013-reception-months-of-existing-sessions
-- Sessions recorded before this changelog get their summary once.
insert into platform.reception_month select * from platform.reception_month_from_facts;
