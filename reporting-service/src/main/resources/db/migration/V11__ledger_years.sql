-- Each ledger's lines summed per key and year, kept in the same statements as the day lines: a report as of D sums
-- the years before D's and the days of D's year up to D, so that it reads at most a year of days per key however
-- long the history (a line back to nothing is no line, as in the day ledgers).
create table region_ledger_year (
    region      varchar(32)    not null,
    year        integer        not null,
    projects    integer        not null default 0,
    partner_chf numeric(19, 2) not null default 0,
    itu_chf     numeric(19, 2) not null default 0,
    primary key (region, year)
);
insert into region_ledger_year (region, year, projects, partner_chf, itu_chf)
select region, cast(extract(year from effective_on) as integer), sum(projects), sum(partner_chf), sum(itu_chf)
from region_ledger
group by 1, 2
having sum(projects) <> 0 or sum(partner_chf) <> 0 or sum(itu_chf) <> 0;
create index region_ledger_effective_on on region_ledger (effective_on);

create table breakdown_ledger_year (
    dimension     varchar(32)    not null,
    dimension_key varchar(64)    not null,
    year          integer        not null,
    projects      integer        not null default 0,
    partner_chf   numeric(19, 2) not null default 0,
    itu_chf       numeric(19, 2) not null default 0,
    primary key (dimension, dimension_key, year)
);
insert into breakdown_ledger_year (dimension, dimension_key, year, projects, partner_chf, itu_chf)
select dimension, dimension_key, cast(extract(year from effective_on) as integer), sum(projects), sum(partner_chf),
       sum(itu_chf)
from breakdown_ledger
group by 1, 2, 3
having sum(projects) <> 0 or sum(partner_chf) <> 0 or sum(itu_chf) <> 0;
create index breakdown_ledger_dimension_effective_on on breakdown_ledger (dimension, effective_on);
