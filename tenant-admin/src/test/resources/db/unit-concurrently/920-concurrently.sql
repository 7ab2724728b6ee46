--liquibase formatted sql

--changeset danvan-test:unit-920-concurrently runInTransaction:false
create index concurrently petition_subject on petition (subject);
