--liquibase formatted sql

--changeset danvan:platform-012-petition-backlog splitStatements:false
-- Each unit's open backlog and its age distribution, as of the day in as_of. Counting it from the
-- open facts reads every open case of every unit for each scorecard (141,000 rows at 126 units of
-- 10,000 petitions); this is one row per unit. A row is exact for its own day: the trigger below
-- moves every open fact in or out relative to as_of, and a refresh recounts the unit for a new day.
-- A row whose as_of is not the day asked about is not read: the scorecards count that unit from
-- the facts, so a stale row costs time, never a wrong figure. A row with no as_of is a
-- placeholder, made by the first write to a unit, that no one reads until it is refreshed.
create table platform.petition_backlog (
    unit_code    varchar(5) primary key,
    as_of        date,
    open_backlog integer not null default 0,
    age_10       integer not null default 0,
    age_30       integer not null default 0,
    age_60       integer not null default 0,
    age_90       integer not null default 0,
    age_over_90  integer not null default 0,
    overdue      integer not null default 0
);

-- The backlog of one unit as of a day, from its open facts: the one definition of the age buckets
-- and of overdue (a suspended case's clock is stopped, Law on Complaints 2011, art. 28(4) and
-- Decree 124/2020, art. 7, so it is not overdue). The states are OPEN_STATES of the scorecards.
-- Inlined where it is called, so it reads the partial index petition_fact_open_unit.
create function platform.petition_backlog_counts(unit varchar, day date)
returns table (open_backlog integer, age_10 integer, age_30 integer, age_60 integer, age_90 integer,
               age_over_90 integer, overdue integer)
language sql stable as $$
    select count(*)::integer,
           (count(*) filter (where day - f.received_on <= 10))::integer,
           (count(*) filter (where day - f.received_on between 11 and 30))::integer,
           (count(*) filter (where day - f.received_on between 31 and 60))::integer,
           (count(*) filter (where day - f.received_on between 61 and 90))::integer,
           (count(*) filter (where day - f.received_on > 90))::integer,
           (count(*) filter (where f.due_on < day and f.state <> 'SUSPENDED'))::integer
      from platform.petition_fact f
     where f.unit_code = unit
       and f.state in ('RECEIVED', 'CLASSIFIED', 'ACCEPTED', 'VERIFYING', 'SUSPENDED', 'APPEALED')
$$;

-- Moves one fact into (sign 1) or out of (sign -1) its unit's backlog row, relative to the row's
-- own day. The upsert takes the row's lock until the writer commits, which is what makes a
-- concurrent refresh safe (see refresh_petition_backlog).
create function platform.petition_backlog_apply(f platform.petition_fact, sign integer) returns void
language sql as $$
    insert into platform.petition_backlog as b (unit_code) values (f.unit_code)
    on conflict (unit_code) do update set
        open_backlog = b.open_backlog + sign,
        age_10 = b.age_10 + sign * coalesce((b.as_of - f.received_on <= 10)::integer, 0),
        age_30 = b.age_30 + sign * coalesce((b.as_of - f.received_on between 11 and 30)::integer, 0),
        age_60 = b.age_60 + sign * coalesce((b.as_of - f.received_on between 31 and 60)::integer, 0),
        age_90 = b.age_90 + sign * coalesce((b.as_of - f.received_on between 61 and 90)::integer, 0),
        age_over_90 = b.age_over_90 + sign * coalesce((b.as_of - f.received_on > 90)::integer, 0),
        overdue = b.overdue + sign * coalesce((f.due_on < b.as_of and f.state <> 'SUSPENDED')::integer, 0)
$$;

-- Recounts one unit's backlog as of a day. The row is made and locked before the facts are
-- counted, and each statement of a function reads the database as of its own start: a writer that
-- moved a fact before the lock was taken has committed by the time of the count and is in it; a
-- writer after it waits for this transaction and then applies its fact to the recounted row.
create function platform.refresh_petition_backlog(unit varchar, day date) returns void
language plpgsql as $$
begin
    insert into platform.petition_backlog (unit_code) values (unit) on conflict do nothing;
    perform 1 from platform.petition_backlog where unit_code = unit for update;
    update platform.petition_backlog b
       set as_of = day, open_backlog = c.open_backlog, age_10 = c.age_10, age_30 = c.age_30, age_60 = c.age_60,
           age_90 = c.age_90, age_over_90 = c.age_over_90, overdue = c.overdue
      from platform.petition_backlog_counts(unit, day) c
     where b.unit_code = unit;
end $$;

--changeset danvan:platform-012-resolve-below splitStatements:false
-- The median days to resolve over any period, read from two rows per unit instead of a histogram
-- row per unit, month and day count (79,000 rows for a year of 126 units). below[d + 1] counts the
-- unit's petitions resolved in this month or before in d days or fewer: cumulative over months
-- and over days. The petitions resolved in months a to b are then the row of b less the row
-- before a, and the median is found by halving the days range. Arrays are kept short: trailing
-- elements equal to the one before are dropped (an index past the end reads the last element).
-- A month has a row once a petition resolved in it has been counted; a month without one reads
-- the latest row before it.
create table platform.petition_resolve_below (
    unit_code varchar(5) not null,
    month     date not null,
    below     integer[] not null,
    primary key (unit_code, month)
);

-- Trailing elements equal to the one before dropped: the one form every path writes.
create function platform.below_trimmed(below integer[]) returns integer[]
language plpgsql immutable as $$
declare
    keep integer := coalesce(cardinality(below), 0);
begin
    if keep = 0 then
        return '{0}';
    end if;
    while keep > 1 and below[keep] = below[keep - 1] loop
        keep := keep - 1;
    end loop;
    return below[1:keep];
end $$;

-- The array with delta added for every count of days or more. Written as loops, not as SQL over
-- generate_series: it runs in the writer's transaction for every resolution.
create function platform.below_add(below integer[], days integer, delta integer) returns integer[]
language plpgsql immutable as $$
declare
    length integer := coalesce(cardinality(below), 0);
    added integer[] := coalesce(below, '{}');
    last integer := coalesce(below[length], 0);
begin
    for i in length + 1 .. days + 1 loop
        added[i] := last;
    end loop;
    for i in days + 1 .. greatest(length, days + 1) loop
        added[i] := added[i] + delta;
    end loop;
    return platform.below_trimmed(added);
end $$;

-- The smallest days count d with at least k petitions resolved in d days or fewer, hi less lo.
create function platform.below_rank(hi integer[], lo integer[], k integer) returns integer
language plpgsql immutable as $$
declare
    hi_len integer := cardinality(hi);
    lo_len integer := coalesce(cardinality(lo), 0);
    low integer := 1;
    high integer := greatest(hi_len, lo_len);
    mid integer;
    lo_at integer;
begin
    while low < high loop
        mid := (low + high) / 2;
        lo_at := coalesce(lo[least(mid, lo_len)], 0);
        if hi[least(mid, hi_len)] - lo_at >= k then
            high := mid;
        else
            low := mid + 1;
        end if;
    end loop;
    return low - 1;
end $$;

-- The median days to resolve of the petitions counted in hi and not in lo: the mean of the two
-- middle values (one, if the count is odd), as ScorecardQueries.MEDIAN_OF_HISTOGRAM reads it.
create function platform.below_median(hi integer[], lo integer[]) returns numeric
language plpgsql immutable as $$
declare
    total integer := coalesce(hi[cardinality(hi)], 0) - coalesce(lo[cardinality(lo)], 0);
begin
    if total <= 0 then
        return null;
    end if;
    return (platform.below_rank(hi, lo, (total + 1) / 2) + platform.below_rank(hi, lo, total / 2 + 1)) / 2.0;
end $$;

-- Counts (sign 1) or uncounts (sign -1) one resolved fact in its month's row and every later one.
-- The month's row starts as a copy of the latest row before it. Fact writers of a unit take its
-- fact_version row first (platform 008), so they do this one at a time.
create function platform.petition_resolve_below_apply(f platform.petition_fact, sign integer) returns void
language plpgsql as $$
declare
    resolved_month date := date_trunc('month', f.resolved_on)::date;
begin
    insert into platform.petition_resolve_below (unit_code, month, below)
    select f.unit_code, resolved_month,
           coalesce((select b.below from platform.petition_resolve_below b
                      where b.unit_code = f.unit_code and b.month < resolved_month
                      order by b.month desc limit 1), '{0}')
    on conflict (unit_code, month) do nothing;
    update platform.petition_resolve_below
       set below = platform.below_add(below, greatest(f.resolved_on - f.received_on, 0), sign)
     where unit_code = f.unit_code and month >= resolved_month;
end $$;

-- The rows as computed from the facts, one for every month with a resolution, of the units given:
-- what rebuild writes and the drift check compares. A function, not a view, so that the units are
-- chosen before the histogram is made; an array, not "null for all", so that a plan made once for
-- any value still reads the facts of one unit through its index.
create function platform.petition_resolve_below_computed(units varchar[])
returns table (unit_code varchar(5), month date, below integer[])
language sql stable rows 12 as $$
    with histogram as (
        select f.unit_code, date_trunc('month', f.resolved_on)::date as month,
               greatest(f.resolved_on - f.received_on, 0) as days, count(*) as petitions
          from platform.petition_fact f
         where f.resolved_on is not null and f.unit_code = any(units)
         group by 1, 2, 3
    ), grid as (
        select m.unit_code, m.month, d.days
          from (select h.unit_code, h.month, max(max(h.days)) over (partition by h.unit_code) as most
                  from histogram h group by h.unit_code, h.month) m
         cross join lateral generate_series(0, m.most) d(days)
    ), over_months as (
        select g.unit_code, g.month, g.days,
               sum(coalesce(h.petitions, 0)) over (partition by g.unit_code, g.days order by g.month) as petitions
          from grid g
          left join histogram h on h.unit_code = g.unit_code and h.month = g.month and h.days = g.days
    ), over_days as (
        select o.unit_code, o.month, o.days,
               sum(o.petitions) over (partition by o.unit_code, o.month order by o.days) as below
          from over_months o
    )
    select o.unit_code, o.month, platform.below_trimmed(array_agg(o.below::integer order by o.days))
      from over_days o
     group by o.unit_code, o.month
$$;

--changeset danvan:platform-012-fact-trigger splitStatements:false
-- Keeps the backlog rows and the resolution arrays in step with every fact written, in the
-- writer's transaction, after petition_fact_summaries (triggers fire in name order), which has
-- taken the unit's fact_version row. Same skips as petition_fact_changed: no figure changed, or a
-- bulk rebuild that recomputes at the end.
create function platform.petition_fact_tallied() returns trigger
language plpgsql as $$
begin
    if tg_op = 'UPDATE' and (old.state, old.received_on, old.due_on, old.resolved_on)
        is not distinct from (new.state, new.received_on, new.due_on, new.resolved_on) then
        return null;
    end if;
    if current_setting('danvan.facts_bulk', true) = 'on' then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        if old.state in ('RECEIVED', 'CLASSIFIED', 'ACCEPTED', 'VERIFYING', 'SUSPENDED', 'APPEALED') then
            perform platform.petition_backlog_apply(old, -1);
        end if;
        if old.resolved_on is not null then
            perform platform.petition_resolve_below_apply(old, -1);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        if new.state in ('RECEIVED', 'CLASSIFIED', 'ACCEPTED', 'VERIFYING', 'SUSPENDED', 'APPEALED') then
            perform platform.petition_backlog_apply(new, 1);
        end if;
        if new.resolved_on is not null then
            perform platform.petition_resolve_below_apply(new, 1);
        end if;
    end if;
    return null;
end $$;

--changeset danvan:platform-012-fact-trigger-create
create trigger petition_fact_tallies after insert or update or delete on platform.petition_fact
    for each row execute function platform.petition_fact_tallied();

--changeset danvan:platform-012-rebuild splitStatements:false
-- One unit's summaries recomputed from its facts (tenant-admin facts rebuild, bulk loads): those
-- of platform 008, the resolution arrays and the backlog as of today in Hanoi.
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
    select platform.refresh_petition_backlog(unit, (now() at time zone 'Asia/Ho_Chi_Minh')::date);
$$;

-- Rows of the backlog and the resolution arrays that differ from the facts: a backlog row against
-- a recount as of its own day, and the resolution arrays as every month with a row on either side
-- reads them (a stored row for a month whose resolutions were all undone reads like no row).
-- No JIT: the estimates of the arrays' function make its cost look huge, and compiling for it
-- would take far longer than the check.
create function platform.petition_tally_drift(unit varchar) returns integer
language sql stable set jit = off as $$
    with computed as materialized (
        select c.month, c.below from platform.petition_resolve_below_computed(array[unit]) c
    ), stored as materialized (
        select month, below from platform.petition_resolve_below where unit_code = unit
    )
    select (select count(*)::integer
              from platform.petition_backlog b
             cross join lateral platform.petition_backlog_counts(b.unit_code, b.as_of) c
             where b.unit_code = unit and b.as_of is not null
               and (b.open_backlog, b.age_10, b.age_30, b.age_60, b.age_90, b.age_over_90, b.overdue)
                   is distinct from (c.open_backlog, c.age_10, c.age_30, c.age_60, c.age_90, c.age_over_90, c.overdue))
         + (select count(*)::integer
              from (select month from stored union select month from computed) m
             where (select s.below from stored s where s.month <= m.month order by s.month desc limit 1)
                   is distinct from
                   coalesce((select c.below from computed c where c.month <= m.month order by c.month desc limit 1),
                            '{0}'))
$$;

--changeset danvan:platform-012-tallies-of-existing-facts
-- Facts recorded before this changelog get their arrays and backlog once.
insert into platform.petition_resolve_below select * from platform.petition_resolve_below_computed(array(select code from platform.unit));
select platform.refresh_petition_backlog(u.unit_code, (now() at time zone 'Asia/Ho_Chi_Minh')::date)
  from (select distinct unit_code from platform.petition_fact) u;
