--liquibase formatted sql

--changeset danvan:platform-014-petition-running splitStatements:false
-- The monthly petition measures of platform 008 added up over the months: a unit's row of a month
-- holds the sums of its petition_month rows up to and including that month. A period's measures
-- are then the row of its last month less the row before its first, two rows per unit whatever
-- the period's length, where adding up the months reads twelve a year (39,600 rows at 3,300
-- units). A month has a row once its petition_month row exists; a month without one reads the
-- latest row before it, and a unit with none before a month counts zero.
create table platform.petition_running (like platform.petition_month including defaults);
alter table platform.petition_running add primary key (unit_code, month);

-- What the rows should hold, from the facts: the rebuild writes it and the drift check compares it.
create view platform.petition_running_from_facts as
select unit_code, month,
       (sum(received) over w)::integer as received, (sum(complaints) over w)::integer as complaints,
       (sum(denunciations) over w)::integer as denunciations,
       (sum(recommendations) over w)::integer as recommendations, (sum(reflections) over w)::integer as reflections,
       (sum(in_person) over w)::integer as in_person, (sum(by_post) over w)::integer as by_post,
       (sum(online) over w)::integer as online, (sum(transferred) over w)::integer as transferred,
       (sum(staff_entry) over w)::integer as staff_entry, (sum(group_petitions) over w)::integer as group_petitions,
       (sum(transfers_in) over w)::integer as transfers_in, (sum(transfers_out) over w)::integer as transfers_out,
       (sum(resolved) over w)::integer as resolved, (sum(resolved_on_time) over w)::integer as resolved_on_time,
       (sum(satisfaction_sum) over w)::integer as satisfaction_sum,
       (sum(satisfaction_count) over w)::integer as satisfaction_count
  from platform.petition_month_from_facts
window w as (partition by unit_code order by month);

-- Adds (sign 1) or takes away (sign -1) one petition_month row in its month's running row and
-- every later one; the month's row starts as a copy of the latest row before it. petition_month
-- is written by the fact trigger, after it has taken the unit's fact_version row (platform 008):
-- the writers of one unit come here one at a time.
create function platform.petition_running_apply(m platform.petition_month, sign integer) returns void
language sql as $$
    insert into platform.petition_running
    select m.unit_code, m.month, coalesce(p.received, 0), coalesce(p.complaints, 0), coalesce(p.denunciations, 0),
           coalesce(p.recommendations, 0), coalesce(p.reflections, 0), coalesce(p.in_person, 0),
           coalesce(p.by_post, 0), coalesce(p.online, 0), coalesce(p.transferred, 0), coalesce(p.staff_entry, 0),
           coalesce(p.group_petitions, 0), coalesce(p.transfers_in, 0), coalesce(p.transfers_out, 0),
           coalesce(p.resolved, 0), coalesce(p.resolved_on_time, 0), coalesce(p.satisfaction_sum, 0),
           coalesce(p.satisfaction_count, 0)
      from (select 1) one
      left join lateral (select * from platform.petition_running r
                          where r.unit_code = m.unit_code and r.month < m.month
                          order by r.month desc limit 1) p on true
    on conflict (unit_code, month) do nothing;
    update platform.petition_running r set
        received = r.received + sign * m.received, complaints = r.complaints + sign * m.complaints,
        denunciations = r.denunciations + sign * m.denunciations,
        recommendations = r.recommendations + sign * m.recommendations,
        reflections = r.reflections + sign * m.reflections, in_person = r.in_person + sign * m.in_person,
        by_post = r.by_post + sign * m.by_post, online = r.online + sign * m.online,
        transferred = r.transferred + sign * m.transferred, staff_entry = r.staff_entry + sign * m.staff_entry,
        group_petitions = r.group_petitions + sign * m.group_petitions,
        transfers_in = r.transfers_in + sign * m.transfers_in, transfers_out = r.transfers_out + sign * m.transfers_out,
        resolved = r.resolved + sign * m.resolved, resolved_on_time = r.resolved_on_time + sign * m.resolved_on_time,
        satisfaction_sum = r.satisfaction_sum + sign * m.satisfaction_sum,
        satisfaction_count = r.satisfaction_count + sign * m.satisfaction_count
     where r.unit_code = m.unit_code and r.month >= m.month;
$$;

create function platform.petition_month_ran() returns trigger
language plpgsql as $$
begin
    if current_setting('danvan.facts_bulk', true) = 'on' then
        return null; -- a bulk rebuild recomputes the running rows at its end
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform platform.petition_running_apply(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform platform.petition_running_apply(new, 1);
    end if;
    return null;
end $$;

create trigger petition_month_running after insert or update or delete on platform.petition_month
    for each row execute function platform.petition_month_ran();

--changeset danvan:platform-014-directive-running splitStatements:false
-- Directive task assignments by the month of their deadline, added up over the months as
-- petition_running is: assigned, done, and done after the deadline. Those open and overdue today
-- depend on the day; the scorecards count them from the open facts.
create table platform.directive_running (
    unit_code      varchar(5) not null,
    month          date not null,
    assigned       integer not null,
    completed      integer not null,
    completed_late integer not null,
    primary key (unit_code, month)
);

create view platform.directive_running_from_facts as
select unit_code, month, (sum(assigned) over w)::integer as assigned, (sum(completed) over w)::integer as completed,
       (sum(completed_late) over w)::integer as completed_late
  from (select unit_code, date_trunc('month', due_on)::date as month, count(*) as assigned,
               count(done_on) as completed, count(*) filter (where done_on > due_on) as completed_late
          from platform.directive_assignment_fact
         group by 1, 2) months
window w as (partition by unit_code order by month);

-- Counts (sign 1) or uncounts (sign -1) one assignment in its deadline month's row and every later
-- one, as petition_running_apply does; the fact's writers hold the unit's fact_version row
-- (platform 011, whose trigger fires before this one).
create function platform.directive_running_apply(f platform.directive_assignment_fact, sign integer) returns void
language sql as $$
    insert into platform.directive_running
    select f.unit_code, date_trunc('month', f.due_on)::date, coalesce(p.assigned, 0), coalesce(p.completed, 0),
           coalesce(p.completed_late, 0)
      from (select 1) one
      left join lateral (select * from platform.directive_running r
                          where r.unit_code = f.unit_code and r.month < date_trunc('month', f.due_on)::date
                          order by r.month desc limit 1) p on true
    on conflict (unit_code, month) do nothing;
    update platform.directive_running r set
        assigned = r.assigned + sign,
        completed = r.completed + sign * (f.done_on is not null)::integer,
        completed_late = r.completed_late + sign * coalesce((f.done_on > f.due_on)::integer, 0)
     where r.unit_code = f.unit_code and r.month >= date_trunc('month', f.due_on)::date;
$$;

create function platform.directive_assignment_fact_counted() returns trigger
language plpgsql as $$
begin
    if tg_op = 'UPDATE' and (old.unit_code, old.due_on, old.done_on) is not distinct from
                            (new.unit_code, new.due_on, new.done_on) then
        return null;
    end if;
    if current_setting('danvan.facts_bulk', true) = 'on' then
        return null; -- a bulk load recomputes the running rows at its end
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform platform.directive_running_apply(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform platform.directive_running_apply(new, 1);
    end if;
    return null;
end $$;

-- Named to fire after directive_assignment_fact_version (triggers fire in name order).
create trigger directive_assignment_fact_with_totals after insert or update or delete
    on platform.directive_assignment_fact
    for each row execute function platform.directive_assignment_fact_counted();

create function platform.rebuild_directive_running(unit varchar) returns void
language sql as $$
    delete from platform.directive_running where unit_code = unit;
    insert into platform.directive_running select * from platform.directive_running_from_facts where unit_code = unit;
$$;

--changeset danvan:platform-014-rebuild splitStatements:false
-- platform 012's rebuild, with the running rows.
create or replace function platform.rebuild_petition_summaries(unit varchar) returns void
language sql as $$
    insert into platform.fact_version as v (unit_code, version, changed_at) values (unit, 1, now())
    on conflict (unit_code) do update set version = v.version + 1, changed_at = now();
    delete from platform.petition_month where unit_code = unit;
    delete from platform.petition_resolve_days where unit_code = unit;
    delete from platform.petition_stat where unit_code = unit;
    delete from platform.petition_resolve_below where unit_code = unit;
    insert into platform.petition_month select * from platform.petition_month_from_facts where unit_code = unit;
    insert into platform.petition_resolve_days
        select * from platform.petition_resolve_days_from_facts where unit_code = unit;
    insert into platform.petition_stat select * from platform.petition_stat_from_facts where unit_code = unit;
    insert into platform.petition_resolve_below
        select * from platform.petition_resolve_below_computed(array[unit]);
    -- petition_month's trigger has followed the rows above unless danvan.facts_bulk is on: anew.
    delete from platform.petition_running where unit_code = unit;
    insert into platform.petition_running select * from platform.petition_running_from_facts where unit_code = unit;
    select platform.refresh_petition_backlog(unit, (now() at time zone 'Asia/Ho_Chi_Minh')::date);
$$;

--changeset danvan:platform-014-running-of-existing-facts
-- Facts recorded before this changelog get their running rows once.
insert into platform.petition_running select * from platform.petition_running_from_facts;
insert into platform.directive_running select * from platform.directive_running_from_facts;

--changeset danvan:platform-014-nonzero splitStatements:false
-- A row of counts as JSON without its zeros: the drift check of the running totals reads a missing
-- row and a row of zeros alike.
create function platform.nonzero(counts jsonb) returns jsonb
language sql immutable as $$
    select coalesce(jsonb_object_agg(key, value), '{}') from jsonb_each(counts) where value <> '0'
$$;

--changeset danvan:platform-014-reception-days-of-ended-spans splitStatements:false
-- platform 013's days kept, reading only the days of the spans that have ended before today: the
-- days of a span still under way count nowhere yet, and judging the month under way read every
-- leader's day of every unit (22,000 at 3,300 units) to count none of them while the month's rules
-- are monthly. The days kept, at most the minimum in each span ended before today; whether the
-- month is judged (every span ended); whether every span has its minimum (met), which is so only
-- of a judged month's spans, all of them ended. With today 'infinity' (the summary) nothing
-- changes.
create or replace function platform.reception_days_kept(units varchar[], from_month date, to_month date, today date)
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
           and f.held_on <= (select max(p.span_to) from platform.reception_spans(from_month, to_month) p
                              where p.span_to < today)
        union all
        select distinct f.held_on, f.unit_code, f.presider_office
          from platform.reception_session_fact f
         where f.unit_code = any(units) and f.status = 'HELD' and f.presider_office in ('CHAIRMAN', 'PARTY_SECRETARY')
           and f.held_on between date_trunc('month', from_month::timestamp)::date - 3
                             and (date_trunc('month', to_month::timestamp) + interval '1 month')::date + 2
           and f.held_on <= (select max(p.span_to) from platform.reception_spans(from_month, to_month) p
                              where p.span_to < today)
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

--changeset danvan:platform-014-below-median splitStatements:false
-- platform 012's median in one search rather than two calls of below_rank, each a function call of
-- its own for every unit: the lower middle value is searched for, and the upper one only where it
-- lies at more days than the lower one. A third of the scorecards' median time at 3,300 units.
create or replace function platform.below_median(hi integer[], lo integer[]) returns numeric
language plpgsql immutable as $$
declare
    hi_len integer := cardinality(hi);
    lo_len integer := coalesce(cardinality(lo), 0);
    total integer := coalesce(hi[hi_len], 0) - coalesce(lo[lo_len], 0);
    k integer := (total + 1) / 2;
    low integer := 1;
    high integer := greatest(hi_len, lo_len);
    mid integer;
    lower_middle integer;
begin
    if total <= 0 then
        return null;
    end if;
    while low < high loop
        mid := (low + high) / 2;
        if hi[least(mid, hi_len)] - coalesce(lo[least(mid, lo_len)], 0) >= k then
            high := mid;
        else
            low := mid + 1;
        end if;
    end loop;
    lower_middle := low - 1;
    -- The upper middle value: the same days, unless the lower one is the last counted at them.
    if total % 2 = 1 or hi[least(low, hi_len)] - coalesce(lo[least(low, lo_len)], 0) > k then
        return lower_middle;
    end if;
    low := low + 1;
    high := greatest(hi_len, lo_len);
    while low < high loop
        mid := (low + high) / 2;
        if hi[least(mid, hi_len)] - coalesce(lo[least(mid, lo_len)], 0) > k then
            high := mid;
        else
            low := mid + 1;
        end if;
    end loop;
    return (lower_middle + low - 1) / 2.0;
end $$;

--changeset danvan:platform-014-reception-running splitStatements:false
-- platform 013's monthly reception summary added up over the months, as petition_running is:
-- sessions held and cancelled, days kept and months met. A period's sessions are the row of its
-- last month less the row before its first; its days kept and months met count only the months
-- that are over (platform 013's reception_open_from), so they are read up to the last of those.
-- The month under way is judged from the sessions, as before.
create table platform.reception_running (
    unit_code          varchar(5) not null,
    month              date not null,
    sessions_held      integer not null,
    sessions_cancelled integer not null,
    kept_days          integer not null,
    months_met         integer not null,
    primary key (unit_code, month)
);

create view platform.reception_running_from_facts as
select unit_code, month, (sum(sessions_held) over w)::integer as sessions_held,
       (sum(sessions_cancelled) over w)::integer as sessions_cancelled, (sum(kept_days) over w)::integer as kept_days,
       (sum(met::integer) over w)::integer as months_met
  from platform.reception_month_from_facts
window w as (partition by unit_code order by month);

-- Adds (sign 1) or takes away (sign -1) one reception_month row, as petition_running_apply does.
-- The summary's writers hold the unit's fact_version row (platform 013).
create function platform.reception_running_apply(m platform.reception_month, sign integer) returns void
language sql as $$
    insert into platform.reception_running
    select m.unit_code, m.month, coalesce(p.sessions_held, 0), coalesce(p.sessions_cancelled, 0),
           coalesce(p.kept_days, 0), coalesce(p.months_met, 0)
      from (select 1) one
      left join lateral (select * from platform.reception_running r
                          where r.unit_code = m.unit_code and r.month < m.month
                          order by r.month desc limit 1) p on true
    on conflict (unit_code, month) do nothing;
    update platform.reception_running r set
        sessions_held = r.sessions_held + sign * m.sessions_held,
        sessions_cancelled = r.sessions_cancelled + sign * m.sessions_cancelled,
        kept_days = r.kept_days + sign * m.kept_days,
        months_met = r.months_met + sign * m.met::integer
     where r.unit_code = m.unit_code and r.month >= m.month;
$$;

create function platform.reception_month_ran() returns trigger
language plpgsql as $$
begin
    if current_setting('danvan.facts_bulk', true) = 'on' then
        return null; -- a bulk rebuild recomputes the running rows at its end
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform platform.reception_running_apply(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform platform.reception_running_apply(new, 1);
    end if;
    return null;
end $$;

create trigger reception_month_running after insert or update or delete on platform.reception_month
    for each row execute function platform.reception_month_ran();

-- platform 013's rebuild, with the running rows.
create or replace function platform.rebuild_reception_summaries(unit varchar) returns void
language sql as $$
    insert into platform.fact_version as v (unit_code, version, changed_at) values (unit, 1, now())
    on conflict (unit_code) do update set version = v.version + 1, changed_at = now();
    delete from platform.reception_month where unit_code = unit;
    insert into platform.reception_month select * from platform.reception_month_from_facts where unit_code = unit;
    -- reception_month's trigger has followed the rows above unless danvan.facts_bulk is on: anew.
    delete from platform.reception_running where unit_code = unit;
    insert into platform.reception_running select * from platform.reception_running_from_facts where unit_code = unit;
$$;

-- Months summarised before this changelog get their running rows once.
insert into platform.reception_running
select unit_code, month, (sum(sessions_held) over w)::integer, (sum(sessions_cancelled) over w)::integer,
       (sum(kept_days) over w)::integer, (sum(met::integer) over w)::integer
  from platform.reception_month
window w as (partition by unit_code order by month);
