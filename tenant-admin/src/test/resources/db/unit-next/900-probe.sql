--liquibase formatted sql

--changeset danvan-test:unit-900-probe
create table probe (id integer primary key);
