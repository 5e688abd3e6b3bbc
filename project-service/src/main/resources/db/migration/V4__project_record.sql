-- The full project record: description, people, IATI activity dates, and lists kept in their own tables.
alter table project
    add column description         text,
    add column project_manager     varchar(200),
    add column implementing_office varchar(200),
    add column planned_start_date  date,
    add column planned_end_date    date,
    add column actual_start_date   date,
    add column actual_end_date     date;
-- planned dates default to the start and end the project was registered with
update project set planned_start_date = start_date, planned_end_date = end_date;

create table project_regional_initiative (
    project_number varchar(9) not null references project (project_number) on delete cascade,
    position       integer    not null,
    code           varchar(8) not null,
    primary key (project_number, position)
);
insert into project_regional_initiative (project_number, position, code)
    select project_number, 0, regional_initiative from project where regional_initiative is not null;
create index project_regional_initiative_code on project_regional_initiative (code, project_number);

create table project_recipient_country (
    project_number varchar(9) not null references project (project_number) on delete cascade,
    position       integer    not null,
    country_code   varchar(2) not null,
    primary key (project_number, position)
);

create table project_document (
    project_number varchar(9)    not null references project (project_number) on delete cascade,
    position       integer       not null,
    title          varchar(300)  not null,
    url            varchar(2000) not null,
    primary key (project_number, position)
);

-- Search: text in number, title and description (substring, any case), and the filters and sorts of GET /api/projects
create extension if not exists pg_trgm;
create index project_search_text on project
    using gin ((lower(project_number || ' ' || title || ' ' || coalesce(description, ''))) gin_trgm_ops);
create index project_status on project (status);
create index project_signed_on on project (signed_on);
create index project_end_date on project (end_date);
create index project_agreement_partner on project_agreement (partner_id, project_number);
