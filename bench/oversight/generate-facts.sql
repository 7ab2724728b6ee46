-- The 3,300-unit case of the oversight bench: synthetic units (codes from 90000, wards and
-- communes in turn) registered beside Hanoi's 126, and PII-free petition facts generated straight
-- into platform.petition_fact, skewed as bench/petitions/generate.sql skews petitions (a tenth of
-- the units at three times the mean, a fifth at one and a half, the rest about half; states by
-- age as there). Unit
-- schemas are not built for the synthetic units: 3.3 million petitions through the unit schemas
-- take too long on this machine, and the oversight queries read only the facts and summaries.
-- Facts of earlier runs are replaced; the summaries are computed from the facts in one pass.
--   psql -v units=3300 -v per_unit=1000 -f bench/oversight/generate-facts.sql <database>
\set ON_ERROR_STOP on
select set_config('bench.units', :'units', false), set_config('bench.per_unit', :'per_unit', false);

insert into platform.unit (code, effective_from, slug, name, kind, schema_name, status, schema_version, migrated_at)
select lpad((90000 + i)::text, 5, '0'), date '2025-07-01',
       case when i % 2 = 0 then 'phuong-thu-nghiem-' else 'xa-thu-nghiem-' end || i,
       case when i % 2 = 0 then 'Phường Thử Nghiệm ' else 'Xã Thử Nghiệm ' end || i,
       case when i % 2 = 0 then 'WARD' else 'COMMUNE' end,
       'unit_' || lpad((90000 + i)::text, 5, '0'), 'ACTIVE',
       (select schema_version from platform.unit where code = '00070'), now()
  from generate_series(0, current_setting('bench.units')::integer - 127) i
on conflict do nothing;

begin;
select set_config('danvan.facts_bulk', 'on', true);
truncate platform.petition_fact, platform.petition_month, platform.petition_resolve_days, platform.petition_stat;
insert into platform.petition_fact (unit_code, petition_id, kind, channel, state, round, group_petition, received_on,
                                    accepted_on, due_on, resolved_on, closed_on, transferred_from_unit,
                                    transferred_to_unit, satisfaction)
select u.code, g, (array['COMPLAINT','COMPLAINT','DENUNCIATION','RECOMMENDATION','REFLECTION','REFLECTION'])[1 + (g * 5) % 6],
       (array['IN_PERSON','POST','ONLINE','ONLINE','STAFF_ENTRY','TRANSFERRED'])[1 + (g * 7) % 6],
       s.state, 1, g % 23 = 0, r.day,
       case when s.state in ('ACCEPTED','VERIFYING','RESOLVED','CLOSED') then r.day + 8 end,
       case when s.state in ('RECEIVED','CLASSIFIED') then r.day + 14
            when s.state in ('ACCEPTED','VERIFYING') then r.day + 38
            when s.state in ('RESOLVED','CLOSED') then r.day + 45 end,
       case when s.state in ('RESOLVED','CLOSED') then least(r.day + 5 + (g * 17) % 66, current_date) end,
       null,
       case when g % 41 = 0 then '00004' end,
       case when s.state = 'GUIDED' and g % 5 = 0 then '00070' end,
       case when s.state in ('RESOLVED','CLOSED') and g % 3 <> 0 then (array[5,4,4,3,5,2,4,1])[1 + g % 8] end
  from (select code, (row_number() over (order by code))::integer as n from platform.unit where status = 'ACTIVE') u
 cross join lateral generate_series(1, case when u.n % 10 = 0 then current_setting('bench.per_unit')::integer * 3
                                            when u.n % 4 = 0 then current_setting('bench.per_unit')::integer * 3 / 2
                                            else current_setting('bench.per_unit')::integer * 4 / 7 end) g
 cross join lateral (select current_date - ((g * 37 + u.n) % 365) as day) r
 cross join lateral (select case when current_date - r.day <= 40
                                 then (array['RECEIVED','CLASSIFIED','ACCEPTED','VERIFYING','RESOLVED','RESOLVED',
                                             'CLOSED','CLOSED','REJECTED','GUIDED'])[1 + (g * 3 + g / 7) % 10]
                                 when g % 13 = 0 then (array['ACCEPTED','VERIFYING','SUSPENDED','APPEALED'])[1 + g % 4]
                                 else (array['RESOLVED','RESOLVED','CLOSED','CLOSED','CLOSED','REJECTED','GUIDED',
                                             'WITHDRAWN'])[1 + (g * 3 + g / 7) % 8] end as state) s;
-- Reception sessions over the same year: officers' regular sessions on Mondays and Wednesdays, the
-- chairman's day on Thursdays and the party secretary's on the second and fourth Thursdays. Every
-- seventh unit lets its chairman skip every third week, every eleventh cancels a secretary's day
-- now and then: so some units fall short of the reception rules, as in life.
-- Their per-row fact_version triggers are bypassed: every unit's counter is raised once below.
set local session_replication_role = replica;
truncate platform.reception_session_fact;
insert into platform.reception_session_fact (unit_code, session_id, kind, held_on, online, presider_office, status,
                                             entry_count, people_received)
select u.code, row_number() over (partition by u.code order by d.day, x.office), x.kind, d.day, false, x.office,
       case when x.office = 'CHAIRMAN' and u.n % 7 = 0 and d.week % 3 = 0 then 'CANCELLED'
            when x.office = 'PARTY_SECRETARY' and u.n % 11 = 0 and d.week % 4 = 1 then 'CANCELLED'
            when d.day > current_date then 'PLANNED'
            else 'HELD' end,
       (d.week + u.n) % 6, (d.week + u.n) % 8
  from (select code, (row_number() over (order by code))::integer as n from platform.unit where status = 'ACTIVE') u
 cross join lateral (select day::date, (day::date - date '2000-01-03') / 7 as week
                       from generate_series(current_date - 365, current_date + 14, interval '1 day') day) d
 cross join lateral (values ('OFFICER', 'REGULAR', extract(isodow from d.day) in (1, 3)),
                            ('CHAIRMAN', 'LEADER_PERIODIC', extract(isodow from d.day) = 4),
                            ('PARTY_SECRETARY', 'LEADER_PERIODIC',
                             extract(isodow from d.day) = 4 and (extract(day from d.day)::integer - 1) / 7 in (1, 3)))
                     x(office, kind, today)
 where x.today;

-- Their monthly summary (platform 013), whose trigger was bypassed with them, in one pass over all
-- units (the per-unit view, planned before the new rows have statistics, took minutes).
analyze platform.reception_session_fact;
truncate platform.reception_month;
insert into platform.reception_month
select * from platform.reception_months(null, (select min(held_on) - 3 from platform.reception_session_fact),
                                        (select max(held_on) + 3 from platform.reception_session_fact), 'infinity');

-- Directive tasks: two a month for every unit, a third of them reported monthly, due 30 days after
-- assignment; most done in time, some late, some still open past their deadline.
truncate platform.directive_assignment_fact;
insert into platform.directive_assignment_fact (unit_code, task_id, directive_id, recurrence, assigned_on,
                                                accepted_on, percent, reports, obligations, obligations_met,
                                                open_due_on, next_due_on, due_on, done_on, last_report_on)
select u.code, t, 1 + t / 4, case when t % 3 = 0 then 'MONTHLY' else 'NONE' end, a.assigned_on, a.assigned_on + 2,
       case when o.done_on is null then 40 else 100 end, case when o.done_on is null then 0 else 1 end, 1,
       case when o.done_on is null then 0 else 1 end,
       case when o.done_on is null then array[a.assigned_on + 30] else '{}' end,
       case when o.done_on is null then a.assigned_on + 30 end, a.assigned_on + 30, o.done_on, o.done_on
  from (select code, (row_number() over (order by code))::integer as n from platform.unit where status = 'ACTIVE') u
 cross join generate_series(1, 24) t
 cross join lateral (select current_date - 365 + t * 15 - u.n % 5 as assigned_on) a
 cross join lateral (select case when a.assigned_on + 40 > current_date and (t + u.n) % 2 = 0 then null
                                 when (t + u.n) % 9 = 0 then null
                                 when (t + u.n) % 5 = 0 then a.assigned_on + 36
                                 else a.assigned_on + 20 + (t + u.n) % 9 end as done_on) o;

analyze platform.petition_fact;
insert into platform.petition_month select * from platform.petition_month_from_facts;
insert into platform.petition_resolve_days select * from platform.petition_resolve_days_from_facts;
insert into platform.petition_stat select * from platform.petition_stat_from_facts;
truncate platform.petition_resolve_below, platform.petition_backlog;
insert into platform.petition_resolve_below select * from platform.petition_resolve_below_computed(array(select code from platform.unit));
select count(platform.refresh_petition_backlog(code, (now() at time zone 'Asia/Ho_Chi_Minh')::date)) from platform.unit;
-- The running totals (platform 014), whose triggers the bulk load and the replica role bypassed.
truncate platform.petition_running, platform.directive_running, platform.reception_running;
insert into platform.petition_running select * from platform.petition_running_from_facts;
insert into platform.directive_running select * from platform.directive_running_from_facts;
insert into platform.reception_running
select unit_code, month, (sum(sessions_held) over w)::integer, (sum(sessions_cancelled) over w)::integer,
       (sum(kept_days) over w)::integer, (sum(met::integer) over w)::integer
  from platform.reception_month
window w as (partition by unit_code order by month);
insert into platform.fact_version (unit_code, version)
select code, 1 from platform.unit on conflict (unit_code) do update set version = platform.fact_version.version + 1;
commit;
vacuum analyze platform.petition_fact, platform.petition_month, platform.petition_resolve_days, platform.petition_stat,
    platform.petition_resolve_below, platform.petition_backlog, platform.petition_running,
    platform.reception_session_fact, platform.reception_month, platform.directive_assignment_fact,
    platform.directive_running, platform.reception_running;
-- The load's pages written out now, not by a checkpoint spread over the minutes the bench times.
checkpoint;
select count(*) as units from platform.unit where status = 'ACTIVE';
select count(*) as facts from platform.petition_fact;
select count(*) as reception_sessions from platform.reception_session_fact;
select count(*) as directive_assignments from platform.directive_assignment_fact;
