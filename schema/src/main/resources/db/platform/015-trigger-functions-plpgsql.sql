--liquibase formatted sql

--changeset danvan:platform-015-petition-running-plpgsql splitStatements:false
-- platform 014's petition running totals kept in PL/pgSQL, and a month's row changed in place moved
-- once. As SQL functions called from a trigger, their statements were parsed and planned again in
-- every writer's transaction (PostgreSQL before 18 keeps no plan for them), and a petition received
-- in a month already counted (an update of its petition_month row) took the row out of the running
-- totals and put it back: receivePetition ran at 440-470/s where it ran at 640-750/s without the
-- trigger (bench/RESULTS.md, session 6). PL/pgSQL keeps its plans for the session. The directive
-- and reception running totals of platform 014 stay SQL functions: their rows change a few times a
-- week per unit, and the planning (a tenth of a millisecond) is once per writer's transaction.
drop function platform.petition_running_apply(platform.petition_month, integer);

-- Adds sign times the petition_month row m, less the row "less" of the same unit and month when
-- given (the row as it was before an update), to m's month's running row and every later one; the
-- month's row starts as a copy of the latest row before it. petition_month is written by the fact
-- trigger, after it has taken the unit's fact_version row (platform 008): the writers of one unit
-- come here one at a time.
create function platform.petition_running_apply(m platform.petition_month, sign integer,
                                                less platform.petition_month default null) returns void
language plpgsql as $$
begin
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
        received = r.received + sign * (m.received - coalesce(less.received, 0)),
        complaints = r.complaints + sign * (m.complaints - coalesce(less.complaints, 0)),
        denunciations = r.denunciations + sign * (m.denunciations - coalesce(less.denunciations, 0)),
        recommendations = r.recommendations + sign * (m.recommendations - coalesce(less.recommendations, 0)),
        reflections = r.reflections + sign * (m.reflections - coalesce(less.reflections, 0)),
        in_person = r.in_person + sign * (m.in_person - coalesce(less.in_person, 0)),
        by_post = r.by_post + sign * (m.by_post - coalesce(less.by_post, 0)),
        online = r.online + sign * (m.online - coalesce(less.online, 0)),
        transferred = r.transferred + sign * (m.transferred - coalesce(less.transferred, 0)),
        staff_entry = r.staff_entry + sign * (m.staff_entry - coalesce(less.staff_entry, 0)),
        group_petitions = r.group_petitions + sign * (m.group_petitions - coalesce(less.group_petitions, 0)),
        transfers_in = r.transfers_in + sign * (m.transfers_in - coalesce(less.transfers_in, 0)),
        transfers_out = r.transfers_out + sign * (m.transfers_out - coalesce(less.transfers_out, 0)),
        resolved = r.resolved + sign * (m.resolved - coalesce(less.resolved, 0)),
        resolved_on_time = r.resolved_on_time + sign * (m.resolved_on_time - coalesce(less.resolved_on_time, 0)),
        satisfaction_sum = r.satisfaction_sum + sign * (m.satisfaction_sum - coalesce(less.satisfaction_sum, 0)),
        satisfaction_count = r.satisfaction_count
            + sign * (m.satisfaction_count - coalesce(less.satisfaction_count, 0))
     where r.unit_code = m.unit_code and r.month >= m.month;
end $$;

create or replace function platform.petition_month_ran() returns trigger
language plpgsql as $$
begin
    if current_setting('danvan.facts_bulk', true) = 'on' then
        return null; -- a bulk rebuild recomputes the running rows at its end
    end if;
    if tg_op = 'UPDATE' and (old.unit_code, old.month) = (new.unit_code, new.month) then
        -- The common case: a fact of a month already summarised, its row counted up or down.
        perform platform.petition_running_apply(new, 1, old);
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform platform.petition_running_apply(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform platform.petition_running_apply(new, 1);
    end if;
    return null;
end $$;

--changeset danvan:platform-015-backlog-plpgsql splitStatements:false
-- platform 012's move of a fact into or out of its unit's backlog row, which every petition
-- written runs, in PL/pgSQL for the same reason: as an SQL function its upsert was planned again in
-- every writer's transaction (a transaction that calls it once: 0.39 ms, 0.31 ms in PL/pgSQL).
create or replace function platform.petition_backlog_apply(f platform.petition_fact, sign integer) returns void
language plpgsql as $$
begin
    insert into platform.petition_backlog as b (unit_code) values (f.unit_code)
    on conflict (unit_code) do update set
        open_backlog = b.open_backlog + sign,
        age_10 = b.age_10 + sign * coalesce((b.as_of - f.received_on <= 10)::integer, 0),
        age_30 = b.age_30 + sign * coalesce((b.as_of - f.received_on between 11 and 30)::integer, 0),
        age_60 = b.age_60 + sign * coalesce((b.as_of - f.received_on between 31 and 60)::integer, 0),
        age_90 = b.age_90 + sign * coalesce((b.as_of - f.received_on between 61 and 90)::integer, 0),
        age_over_90 = b.age_over_90 + sign * coalesce((b.as_of - f.received_on > 90)::integer, 0),
        overdue = b.overdue + sign * coalesce((f.due_on < b.as_of and f.state <> 'SUSPENDED')::integer, 0);
end $$;
