--liquibase formatted sql

--changeset danvan-test:unit-910-broken
create table broken (id no_such_type);
