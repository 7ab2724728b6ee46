-- Realistic petition volumes in every active unit, straight into the unit schemas and the
-- oversight facts, for benchmarks (registering them one by one through the API would take
-- far longer than the measurement). Skewed: a tenth of the units receive three times the mean,
-- a fifth one and a half times, the rest about half. Received over the last 365 days; resolved
-- 5 to 70 days after receipt, most rated; open: most of the last 40 days' petitions and one in
-- 13 older ones (the stuck cases), so some are overdue. The
-- facts go in as a bulk load (danvan.facts_bulk) and each unit's summaries are computed once.
--   psql -v per_unit=2000 -f bench/petitions/generate.sql <database>
\set ON_ERROR_STOP on
select set_config('bench.per_unit', :'per_unit', false);

create schema if not exists bench;
create table if not exists bench.unit_index (n integer primary key, schema_name text not null, code text not null);
truncate bench.unit_index;
insert into bench.unit_index
select row_number() over (order by code), schema_name, code from platform.unit where status = 'ACTIVE';

do $$
declare
    u record;
    per_unit integer := current_setting('bench.per_unit')::integer;
    family text[] := array['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý'];
    middle text[] := array['Văn','Thị','Hữu','Đức','Minh','Thu','Ngọc','Quang','Thanh','Xuân'];
    given text[] := array['An','Bình','Cường','Dũng','Giang','Hà','Hải','Hạnh','Hùng','Lan','Linh','Mai','Nam','Phúc','Quân','Sơn','Tâm','Thảo','Trung','Tuấn','Yến'];
    subjects text[] := array[
        'Cấp giấy chứng nhận quyền sử dụng đất', 'Bồi thường giải phóng mặt bằng', 'Lấn chiếm vỉa hè',
        'Tiếng ồn karaoke ban đêm', 'Xây dựng không phép', 'Rác thải tại khu dân cư', 'Ngập úng sau mưa',
        'Trợ cấp xã hội chậm chi trả', 'Tranh chấp ranh giới thửa đất', 'Thái độ cán bộ tiếp dân',
        'Ô nhiễm khói bụi từ xưởng sản xuất', 'Đèn chiếu sáng ngõ hỏng'];
    kinds text[] := array['COMPLAINT','COMPLAINT','DENUNCIATION','RECOMMENDATION','REFLECTION','REFLECTION'];
    channels text[] := array['IN_PERSON','POST','ONLINE','ONLINE','STAFF_ENTRY','TRANSFERRED'];
    -- Received in the last 40 days: any state; older: mostly done, one in 13 still open (stuck).
    states text[] := array['RECEIVED','CLASSIFIED','ACCEPTED','VERIFYING','RESOLVED','RESOLVED','CLOSED','CLOSED','REJECTED','GUIDED'];
    stuck text[] := array['ACCEPTED','VERIFYING','SUSPENDED','APPEALED'];
    done text[] := array['RESOLVED','RESOLVED','CLOSED','CLOSED','CLOSED','REJECTED','GUIDED','WITHDRAWN'];
    volume integer;
begin
    for u in select i.schema_name, i.code, i.n from bench.unit_index i order by i.n loop
        volume := case when u.n % 10 = 0 then per_unit * 3
                       when u.n % 4 = 0 then per_unit * 3 / 2
                       else per_unit * 4 / 7 end;
        perform set_config('danvan.facts_bulk', 'on', true);
        execute format('set local search_path = %I, ext', u.schema_name);
        insert into petition (tracking_code, citizen_secret_hash, kind, channel, state, subject, matter, search_text,
                              matter_simhash, received_on, received_at, group_petition, petitioner_count,
                              handler_subject, handler_name, accepted_on, resolved_on, due_on, rating,
                              transferred_from_unit, transferred_to_unit)
        select u.code || '-B' || lpad(upper(to_hex(g)), 7, '0'),
               'bench', k.kind, channels[1 + (g * 7) % 6], s.state, subj, subj || '. Đề nghị xem xét giải quyết.',
               lower(ext.unaccent(subj)), g, r.received_on, r.received_on::timestamptz,
               g % 23 = 0, case when g % 23 = 0 then 7 else 1 end,
               'officer.' || u.code, 'Cán bộ ' || u.code,
               case when s.state in ('ACCEPTED','VERIFYING','RESOLVED','CLOSED') then r.received_on + 8 end,
               case when s.state in ('RESOLVED','CLOSED') then least(r.received_on + 5 + (g * 17) % 66, current_date) end,
               case when s.state in ('RECEIVED','CLASSIFIED') then r.received_on + 14
                    when s.state in ('ACCEPTED','VERIFYING') then r.received_on + 38
                    when s.state in ('RESOLVED','CLOSED') then r.received_on + 45 end,
               case when s.state in ('RESOLVED','CLOSED') and g % 3 <> 0 then (array[5,4,4,3,5,2,4,1])[1 + g % 8] end,
               case when g % 41 = 0 then '00004' end,
               case when s.state = 'GUIDED' and g % 5 = 0 then '00070' end
          from generate_series(1, volume) g
          cross join lateral (select subjects[1 + (g * 13 + length(u.code)) % array_length(subjects, 1)] as subj) t
          cross join lateral (select kinds[1 + (g * 5) % 6] as kind) k
          cross join lateral (select current_date - ((g * 37) % 365) as received_on) r
          cross join lateral (select case when current_date - r.received_on <= 40 then states[1 + (g * 3 + g / 7) % 10]
                                          when g % 13 = 0 then stuck[1 + g % 4]
                                          else done[1 + (g * 3 + g / 7) % 8] end as state) s;
        insert into petitioner (petition_id, position, representative, full_name, address)
        select p.id, 0, p.group_petition,
               family[1 + p.id % 16] || ' ' || middle[1 + (p.id / 16) % 10] || ' ' || given[1 + (p.id / 160) % 21],
               'Số ' || (p.id % 200) || ' ngõ ' || (p.id % 97)
          from petition p where p.tracking_code like '%-B%'
           and not exists (select 1 from petitioner x where x.petition_id = p.id);
        insert into platform.petition_fact (unit_code, petition_id, kind, channel, state, round, group_petition,
                                            received_on, accepted_on, due_on, resolved_on, closed_on,
                                            transferred_from_unit, transferred_to_unit, satisfaction)
        select u.code, id, kind, channel, state, round, group_petition, received_on, accepted_on, due_on, resolved_on,
               closed_on, transferred_from_unit, transferred_to_unit, rating
          from petition
        on conflict (unit_code, petition_id) do nothing;
        perform platform.rebuild_petition_summaries(u.code);
    end loop;
end $$;

-- As autovacuum leaves a table in steady state: statistics, and the visibility map that lets the
-- oversight backlog be read from its index alone. And the load's pages written out now, not by a
-- checkpoint spread over the minutes the bench then times.
vacuum analyze;
checkpoint;
select count(*) as facts from platform.petition_fact;
