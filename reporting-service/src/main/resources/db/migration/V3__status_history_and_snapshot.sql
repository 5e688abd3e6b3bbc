-- The fields of the full project snapshot the reports print; lists as JSON arrays, empty for older events.
alter table project_fact
    add column title                 text,
    add column scope                 varchar(32),
    add column regional_initiative   varchar(32),
    add column regional_initiatives  jsonb not null default '[]',
    add column recipient_countries   jsonb not null default '[]',
    add column end_date              date,
    add column status_since          date,
    add column imported              boolean not null default true;
create index project_fact_signed_on on project_fact (signed_on);

-- Every status a project took; the status at D is the latest change on or before D (ties: highest revision).
create table status_change_fact (
    project_number varchar(32) not null,
    revision       integer     not null,
    from_status    varchar(32),
    to_status      varchar(32) not null,
    changed_on     date        not null,
    reason         text,
    actor          text,
    imported       boolean     not null default false,
    primary key (project_number, revision)
);
