-- Agreements signed before kinds existed are cash project agreements, as their events say by leaving them out.
alter table agreement_fact
    add column kind         varchar(32) not null default 'PROJECT_AGREEMENT',
    add column contribution varchar(16) not null default 'CASH';

-- A fact of its own, because a cancellation may arrive before the agreement it cancels.
create table cancellation_fact (
    agreement_number varchar(48) primary key,
    project_number   varchar(32) not null,
    cancelled_on     date        not null
);
create index cancellation_fact_project on cancellation_fact (project_number);
