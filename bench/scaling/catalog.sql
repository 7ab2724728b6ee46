-- What unit schemas cost PostgreSQL's catalogue, and a backend's catalogue cache per unit it
-- touches (docs/scaling.md). Run on a database after `tenant-admin migrate --all` (the baseline)
-- and again after `tenant-admin provision --all`; the difference over the number of units is the
-- cost of one unit schema.
--   psql -f bench/scaling/catalog.sql <database>
\set ON_ERROR_STOP on
select 'pg_class' as catalog, count(*) as rows, pg_total_relation_size('pg_catalog.pg_class') as bytes from pg_class
union all select 'pg_attribute', count(*), pg_total_relation_size('pg_catalog.pg_attribute') from pg_attribute
union all select 'pg_depend', count(*), pg_total_relation_size('pg_catalog.pg_depend') from pg_depend
union all select 'pg_constraint', count(*), pg_total_relation_size('pg_catalog.pg_constraint') from pg_constraint
union all select 'pg_index', count(*), pg_total_relation_size('pg_catalog.pg_index') from pg_index
union all select 'pg_type', count(*), pg_total_relation_size('pg_catalog.pg_type') from pg_type
order by 1;
select sum(pg_total_relation_size(c.oid)) as catalog_bytes, pg_database_size(current_database()) as database_bytes,
       (select count(*) from platform.unit) as units
  from pg_class c where c.relnamespace = 'pg_catalog'::regnamespace and c.relkind = 'r';

-- The backend's catalogue cache (CacheMemoryContext and its children) before and after reading
-- the petition tables (petition, petitioner, petition_event and their indexes), then every
-- table, of the first 10 units and then of all of them, in this one session.
create temp view cache as
select sum(total_bytes) as bytes from pg_backend_memory_contexts
 where name = 'CacheMemoryContext' or parent = 'CacheMemoryContext';
create function pg_temp.touch(units integer, only_petitions boolean) returns void language plpgsql as $$
declare t record; n bigint;
begin
  for t in select schemaname, tablename from pg_tables
            where schemaname in (select schema_name from platform.unit order by code limit units)
              and (not only_petitions or tablename in ('petition', 'petitioner', 'petition_event')) loop
    execute format('select count(*) from %I.%I', t.schemaname, t.tablename) into n;
  end loop;
end $$;
select 'before' as step, bytes from cache;
select pg_temp.touch(10, true);
select 'petition tables of 10 units' as step, bytes from cache;
select pg_temp.touch(100000, true);
select 'petition tables of every unit' as step, bytes from cache;
select pg_temp.touch(100000, false);
select 'every table of every unit' as step, bytes from cache;
