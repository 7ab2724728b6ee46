-- A busy month of citizen receptions in every active unit, straight into the unit schemas and the
-- oversight facts, for benchmarks: :sessions sessions in the month :month (first day, e.g.
-- 2026-10-01), a few of them cancelled, and :entries register entries spread over the held ones,
-- each with one visitor (a group's representative now and then).
--   psql -v sessions=60 -v entries=2000 -v month=2026-10-01 -f bench/receptions/generate.sql <database>
\set ON_ERROR_STOP on
select set_config('bench.sessions', :'sessions', false),
       set_config('bench.entries', :'entries', false),
       set_config('bench.month', :'month', false);

create schema if not exists bench;
create table if not exists bench.unit_index (n integer primary key, schema_name text not null, code text not null);
truncate bench.unit_index;
insert into bench.unit_index
select row_number() over (order by code), schema_name, code from platform.unit where status = 'ACTIVE';

do $$
declare
    u record;
    sessions integer := current_setting('bench.sessions')::integer;
    entries integer := current_setting('bench.entries')::integer;
    first_day date := current_setting('bench.month')::date;
    days integer := ((first_day + interval '1 month')::date - first_day);
    family text[] := array['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý'];
    middle text[] := array['Văn','Thị','Hữu','Đức','Minh','Thu','Ngọc','Quang','Thanh','Xuân'];
    given text[] := array['An','Bình','Cường','Dũng','Giang','Hà','Hải','Hạnh','Hùng','Lan','Linh','Mai','Nam','Phúc','Quân','Sơn','Tâm','Thảo','Trung','Tuấn','Yến'];
    offices text[] := array['OFFICER','OFFICER','CHAIRMAN','OFFICER','PARTY_SECRETARY','VICE_CHAIRMAN'];
    kinds text[] := array['COMPLAINT','RECOMMENDATION','REFLECTION','REFLECTION','DENUNCIATION'];
begin
    for u in select i.schema_name, i.code, i.n from bench.unit_index i order by i.n loop
        execute format('set local search_path = %I, ext', u.schema_name);
        insert into reception_session (kind, held_on, starts_at, ends_at, place, online, presider_office,
                                       presider_name, note_taker_name, status, cancel_reason, created_by)
        select case when offices[1 + g % 6] = 'OFFICER' then 'REGULAR' else 'LEADER_PERIODIC' end,
               first_day + (g * 7) % days, case when g % 2 = 0 then time '08:00' else time '14:00' end,
               case when g % 2 = 0 then time '11:00' else time '17:00' end,
               'Phòng tiếp công dân, trụ sở UBND', false, offices[1 + g % 6],
               family[1 + g % 16] || ' ' || middle[1 + g % 10] || ' ' || given[1 + g % 21], 'Vũ Thị Mai',
               case when g % 17 = 0 then 'CANCELLED' else 'HELD' end,
               case when g % 17 = 0 then 'Lãnh đạo họp đột xuất' end, 'bench'
          from generate_series(1, sessions) g;
        with held as (
            select array_agg(id order by id) as ids from reception_session where status = 'HELD'
        )
        insert into reception_entry (session_id, year, sequence_number, received_on, content, prior_handling,
                                     request, handling, group_size, matter_kinds, confidential, recorded_by,
                                     recorded_by_name)
        select s.id, extract(year from s.held_on)::smallint, g,
               s.held_on, 'Công dân trình bày việc số ' || g || ': đề nghị xem xét giải quyết.',
               case when g % 4 = 0 then 'Đã gửi đơn lần một' end, 'Giải quyết dứt điểm', 'Tiếp nhận, hướng dẫn',
               case when g % 23 = 0 then 7 else 1 end, array[kinds[1 + g % 5]], kinds[1 + g % 5] = 'DENUNCIATION',
               'officer.' || u.code, 'Cán bộ ' || u.code
          from generate_series(1, entries) g
          cross join held
          join reception_session s on s.id = held.ids[1 + g % cardinality(held.ids)];
        insert into reception_visitor (entry_id, position, representative, full_name, address, phone)
        select e.id, 0, e.group_size >= 5,
               family[1 + e.id % 16] || ' ' || middle[1 + (e.id / 16) % 10] || ' ' || given[1 + (e.id / 160) % 21],
               'Số ' || (e.id % 200) || ' ngõ ' || (e.id % 97), '09' || lpad((e.id % 100000000)::text, 8, '0')
          from reception_entry e
         where not exists (select 1 from reception_visitor v where v.entry_id = e.id);
        update reception_session s set entry_count = c.n, people_received = c.people
          from (select session_id, count(*) as n, sum(group_size) as people
                  from reception_entry group by session_id) c
         where c.session_id = s.id;
        insert into reception_register_counter (year, last_number)
        select year, max(sequence_number) from reception_entry group by year
        on conflict (year) do update set last_number = excluded.last_number;
        insert into platform.reception_session_fact (unit_code, session_id, kind, held_on, online, presider_office,
                                                     status, entry_count, people_received)
        select u.code, s.id, s.kind, s.held_on, s.online, s.presider_office, s.status, s.entry_count,
               s.people_received
          from reception_session s
        on conflict (unit_code, session_id) do nothing;
        insert into platform.reception_entry_fact (unit_code, entry_id, session_id, received_on, group_size,
                                                   group_entry, matter_kinds, petition_ids)
        select u.code, e.id, e.session_id, e.received_on, e.group_size, e.group_size >= 5, e.matter_kinds, '{}'
          from reception_entry e
        on conflict (unit_code, entry_id) do nothing;
    end loop;
end $$;

analyze;
select count(*) as sessions, sum(entry_count) as entries from platform.reception_session_fact;
