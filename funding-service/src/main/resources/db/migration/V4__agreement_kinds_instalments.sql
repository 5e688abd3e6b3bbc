-- Kinds and contribution types: rows signed before this migration were cash project agreements.
alter table agreement
    add column kind                text not null default 'PROJECT_AGREEMENT'
        check (kind in ('PROJECT_AGREEMENT', 'SUPPLEMENTARY_AGREEMENT', 'SPONSORSHIP', 'VOLUNTARY_CONTRIBUTION')),
    add column contribution        text not null default 'CASH' check (contribution in ('CASH', 'IN_KIND')),
    add column cancelled_on        date,
    add column cancellation_reason text,
    add check ((cancelled_on is null) = (cancellation_reason is null)),
    -- ITU money is an ICT-DF allocation: cash, for a project.
    add check (funding_source = 'PARTNER'
        or (contribution = 'CASH' and kind in ('PROJECT_AGREEMENT', 'SUPPLEMENTARY_AGREEMENT')));

-- The schedule of a partner agreement; sequence follows the due dates, so payments fill instalments in order.
create table instalment (
    instalment_id    text primary key,
    agreement_number text           not null references agreement (agreement_number),
    sequence         integer        not null,
    due_on           date           not null,
    amount           numeric(19, 2) not null check (amount > 0),
    unique (agreement_number, sequence)
);

-- Money received against a schedule, keyed by the finance system's reference so that a retry is recognised.
create table payment (
    reference        text primary key,
    agreement_number text           not null references agreement (agreement_number),
    sequence         integer        not null,
    received_on      date           not null,
    amount           numeric(19, 2) not null check (amount > 0),
    unique (agreement_number, sequence)
);
