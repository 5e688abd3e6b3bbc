-- Effectively-once consumption: an event id is recorded in the same transaction as its read-model change.
create table consumed_event (
    event_id    uuid primary key,
    consumed_at timestamptz not null default now()
);

-- Per-project facts, each keyed so that a redelivered or reordered event lands on the same row.
create table project_fact (
    project_number varchar(32) primary key,
    region         varchar(32) not null,
    status         varchar(32) not null,
    signed_on      date,
    start_date     date,
    revision       integer     not null
);

create table agreement_fact (
    agreement_number varchar(48)    primary key,
    project_number   varchar(32)    not null,
    funding_source   varchar(16)    not null,
    chf_amount       numeric(19, 2) not null,
    signed_on        date           not null
);
create index agreement_fact_project on agreement_fact (project_number);

-- project_number too, because an amendment may arrive before the agreement that links it to its project.
create table amendment_fact (
    amendment_id     varchar(64)    primary key,
    agreement_number varchar(48)    not null,
    project_number   varchar(32)    not null,
    effective_on     date           not null,
    new_chf_amount   numeric(19, 2) not null
);
create index amendment_fact_project on amendment_fact (project_number);

-- Portfolio changes per region and effective date; a report as of D sums the rows up to D.
create table region_ledger (
    region       varchar(32)    not null,
    effective_on date           not null,
    projects     integer        not null default 0,
    partner_chf  numeric(19, 2) not null default 0,
    itu_chf      numeric(19, 2) not null default 0,
    primary key (region, effective_on)
);
