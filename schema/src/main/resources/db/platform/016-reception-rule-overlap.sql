--liquibase formatted sql

--changeset danvan:platform-016-reception-rule-no-overlap
-- One rule per office on any day. The monthly judging (platform 013) takes every rule in force on
-- a month's first day, so two rules of one office in force together would ask for both and count
-- the leader's days twice; a new rule must close the one it follows (effective_to), as the 2026
-- change of the chairman's rule does (Law 136/2025/QH15, from 2026-07-01). Ranges are half-open:
-- a rule ending on the day the next one starts does not overlap it.
create extension if not exists btree_gist schema ext;
alter table platform.reception_frequency_rule add constraint reception_frequency_rule_one_per_office
    exclude using gist (office with =, daterange(effective_from, effective_to) with &&);
