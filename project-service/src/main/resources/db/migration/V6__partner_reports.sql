-- Partner reports: every partner-funded agreement owes its partner a report every 6-12 months.
create table partner_report_schedule (
    agreement_number varchar(48) primary key,
    project_number   varchar(9)  not null,
    partner_id       varchar(64) not null,
    signed_on        date        not null,
    interval_months  integer     not null check (interval_months between 6 and 12),
    -- set by the project's operational closure or the agreement's cancellation: no deadlines after it
    ended_on         date,
    end_reason       varchar(16)
);
create index partner_report_schedule_project on partner_report_schedule (project_number);

-- One deadline, materialised so it can be listed and referenced; the submission fills the rest.
create table partner_report (
    id                      varchar(64)   primary key,
    agreement_number        varchar(48)   not null references partner_report_schedule (agreement_number),
    project_number          varchar(9)    not null,
    partner_id              varchar(64)   not null,
    sequence                integer       not null,
    final_report            boolean       not null,
    period_start            date          not null,
    period_end              date          not null,
    due_on                  date          not null,
    submitted_on            date,
    submitted_by            varchar(200),
    reported_period_start   date,
    reported_period_end     date,
    implementation_progress text,
    challenges              text,
    financial_currency      varchar(3),
    financial_received      numeric(19, 2),
    financial_spent         numeric(19, 2),
    financial_committed     numeric(19, 2),
    sent_on                 date,
    -- emission flags, set in the transaction that writes the event to the outbox: each deadline fires once
    due_announced_at        timestamptz,
    overdue_announced_at    timestamptz,
    unique (agreement_number, sequence)
);
create index partner_report_due on partner_report (due_on) where submitted_on is null;
create index partner_report_project on partner_report (project_number);

create table partner_report_risk (
    report_id   varchar(64)   not null references partner_report (id) on delete cascade,
    position    integer       not null,
    description varchar(2000) not null,
    rating      varchar(8)    not null,
    mitigation  varchar(2000),
    primary key (report_id, position)
);
