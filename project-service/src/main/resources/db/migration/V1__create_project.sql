create table project (
    project_number      varchar(9)   primary key,
    title               varchar(300) not null,
    region              varchar(20)  not null,
    scope               varchar(20)  not null,
    regional_initiative varchar(8),
    signed_on           date,
    start_date          date,
    end_date            date,
    status              varchar(24)  not null,
    version             bigint       not null
);

create index project_region_status on project (region, status);
