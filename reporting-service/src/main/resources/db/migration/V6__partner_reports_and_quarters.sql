-- Payments received against partner agreements, in the agreement's currency; the finance reference is unique.
create table instalment_fact (
    reference        varchar(64)    primary key,
    agreement_number varchar(48)    not null,
    project_number   varchar(32)    not null,
    partner_id       varchar(64),
    received_on      date           not null,
    amount           numeric(19, 2) not null,
    currency         varchar(3)     not null
);
create index instalment_fact_agreement on instalment_fact (agreement_number);
create index instalment_fact_received_on on instalment_fact (received_on);

-- Each partner report owed, from its first event on (due, overdue, submitted); later steps fill in their columns.
create table partner_report_fact (
    report_id        varchar(64) primary key,
    agreement_number varchar(48) not null,
    project_number   varchar(32) not null,
    partner_id       varchar(64),
    final_report     boolean     not null default false,
    due_on           date        not null,
    overdue_since    date,
    submitted_on     date,
    challenges       text,
    risks            jsonb       not null default '[]'
);
create index partner_report_fact_agreement on partner_report_fact (agreement_number);

-- An agreement's reporting schedule as project-service last announced it: interval, open deadlines, end.
create table report_schedule_fact (
    agreement_number varchar(48) primary key,
    project_number   varchar(32) not null,
    partner_id       varchar(64),
    interval_months  integer     not null,
    deadlines        jsonb       not null default '[]',
    ended_on         date
);

-- Follow-up actions of the Project Board: opened at their meeting, open until completed.
create table board_action_fact (
    action_id      bigint      primary key,
    project_number varchar(32) not null,
    opened_on      date,
    due_on         date,
    status         varchar(16) not null,
    completed_on   date
);
