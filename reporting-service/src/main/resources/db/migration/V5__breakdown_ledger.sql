-- Portfolio changes per breakdown (status, partner, initiative, funding source, country, year of signature),
-- key and effective date, kept like region_ledger: a report as of D sums the rows of one dimension up to D.
create table breakdown_ledger (
    dimension    varchar(32)    not null,
    dimension_key varchar(64)   not null,
    effective_on date           not null,
    projects     integer        not null default 0,
    partner_chf  numeric(19, 2) not null default 0,
    itu_chf      numeric(19, 2) not null default 0,
    primary key (dimension, dimension_key, effective_on)
);

-- Which projects ever touched a dimension key: where a drill-down looks, instead of reading every project.
create table project_membership (
    dimension      varchar(32) not null,
    dimension_key  varchar(64) not null,
    project_number varchar(32) not null,
    primary key (dimension, dimension_key, project_number)
);
create index project_membership_project on project_membership (project_number);

-- The label of each regional initiative code, as project-service last gave it: the breakdown prints it.
create table initiative_label (
    code  varchar(32) primary key,
    label text        not null
);
