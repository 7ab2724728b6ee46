-- Table sizes per row after bench/petitions/generate.sql (docs/scaling.md): unit tables summed
-- over all unit schemas, and the platform tables.
--   psql -f bench/scaling/sizes.sql <database>
\set ON_ERROR_STOP on
vacuum analyze;
select relname as unit_table, sum(n_live_tup) as rows, sum(pg_table_size(relid)) as heap_and_toast_bytes,
       sum(pg_indexes_size(relid)) as index_bytes, sum(pg_total_relation_size(relid)) as total_bytes
  from pg_stat_user_tables where schemaname like 'unit\_%'
 group by relname having sum(n_live_tup) > 0 order by total_bytes desc;
select relname as platform_table, n_live_tup as rows, pg_table_size(relid) as heap_and_toast_bytes,
       pg_indexes_size(relid) as index_bytes, pg_total_relation_size(relid) as total_bytes
  from pg_stat_user_tables where schemaname = 'platform' and n_live_tup > 0 order by total_bytes desc;
