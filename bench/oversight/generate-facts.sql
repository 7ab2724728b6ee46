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
insert into platform.petition_month select * from platform.petition_month_from_facts;
insert into platform.petition_resolve_days select * from platform.petition_resolve_days_from_facts;
insert into platform.petition_stat select * from platform.petition_stat_from_facts;
insert into platform.fact_version (unit_code, version)
select code, 1 from platform.unit on conflict (unit_code) do update set version = platform.fact_version.version + 1;
commit;
vacuum analyze platform.petition_fact, platform.petition_month, platform.petition_resolve_days, platform.petition_stat;
select count(*) as units from platform.unit where status = 'ACTIVE';
select count(*) as facts from platform.petition_fact;
