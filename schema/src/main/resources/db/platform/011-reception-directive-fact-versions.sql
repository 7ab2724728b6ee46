--liquibase formatted sql

--changeset danvan:platform-011-unit-fact-changed splitStatements:false
-- The oversight cache keys a figure by the fact_version counters of the units it covers (platform
-- 008). Reception and directive facts feed the scorecards too, so every change to them raises the
-- unit's counter in the writer's own transaction, as petition facts do: a scorecard computed before
-- a reception or directive write is never served after that write has committed. An upsert that
-- changes nothing but updated_at changes no figure and raises nothing.
create function platform.unit_fact_changed() returns trigger
language plpgsql as $$
declare
    unit varchar(5);
begin
    if tg_op = 'UPDATE' and to_jsonb(old) - 'updated_at' = to_jsonb(new) - 'updated_at' then
        return null;
    end if;
    if tg_op = 'DELETE' then
        unit := old.unit_code;
    else
        unit := new.unit_code;
    end if;
    insert into platform.fact_version as v (unit_code, version, changed_at) values (unit, 1, now())
    on conflict (unit_code) do update set version = v.version + 1, changed_at = now();
    return null;
end $$;

--changeset danvan:platform-011-unit-fact-triggers
create trigger reception_session_fact_version after insert or update or delete on platform.reception_session_fact
    for each row execute function platform.unit_fact_changed();
create trigger reception_entry_fact_version after insert or update or delete on platform.reception_entry_fact
    for each row execute function platform.unit_fact_changed();
create trigger directive_assignment_fact_version after insert or update or delete on platform.directive_assignment_fact
    for each row execute function platform.unit_fact_changed();

--changeset danvan:platform-011-directive-assignment-fact-due
-- The scorecards count each unit's assignments whose deadline falls in the period.
create index directive_assignment_fact_due on platform.directive_assignment_fact (due_on, unit_code);
