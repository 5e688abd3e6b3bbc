-- Status is now a lifecycle: since when a project holds it, whether it was set by an import, and every change.
alter table project
    add column status_since date,
    add column imported     boolean not null default false;
-- projects registered before the lifecycle existed had their status set directly, as an import does
update project set status_since = coalesce(signed_on, start_date, current_date), imported = true;
alter table project alter column status_since set not null;

create table project_status_change (
    id             bigserial     primary key,
    project_number varchar(9)    not null references project (project_number) on delete cascade,
    from_status    varchar(24),
    to_status      varchar(24)   not null,
    changed_on     date          not null,
    recorded_at    timestamptz   not null,
    cause          varchar(24)   not null,
    actor          varchar(200)  not null,
    reason         varchar(2000),
    revision       bigint        not null
);
create index project_status_change_project on project_status_change (project_number, id);

-- The project's agreements as funding-service announced them; no foreign key, an event may come first.
create table project_agreement (
    agreement_number varchar(48) primary key,
    project_number   varchar(9)  not null,
    partner_id       varchar(64),
    funding_source   varchar(16) not null,
    kind             varchar(32) not null,
    contribution     varchar(16) not null,
    signed_on        date        not null,
    cancelled_on     date
);
create index project_agreement_project on project_agreement (project_number);

-- Effectively-once consumption of funding-service's events.
create table consumed_event (
    event_id    uuid        primary key,
    consumed_at timestamptz not null default now()
);
