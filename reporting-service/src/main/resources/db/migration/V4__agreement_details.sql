-- What a drill-down shows of an agreement: its partner and the conversion behind its CHF amount.
alter table agreement_fact
    add column partner_id      varchar(64),
    add column currency        varchar(3),
    add column original_amount numeric(19, 2),
    add column rate            numeric,
    add column rate_month      varchar(7),
    add column rate_source     text;
create index agreement_fact_partner on agreement_fact (partner_id);

alter table amendment_fact
    add column new_original_amount numeric(19, 2);

-- Funding partners as funding-service registered them; the newest revision wins.
create table partner_fact (
    partner_id varchar(64) primary key,
    name       text        not null,
    type       varchar(32),
    country    varchar(2),
    revision   integer     not null
);
