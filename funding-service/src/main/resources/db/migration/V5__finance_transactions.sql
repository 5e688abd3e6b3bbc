-- What ITU's finance systems send: transactions per funding line (agreement) and year-end balances.
-- The finance system's reference is the key, so a replayed row finds the row it already made.

create table financial_transaction (
    reference        text primary key,
    agreement_number text           not null references agreement (agreement_number),
    type_code        text           not null,
    transaction_date date           not null,
    currency         text           not null,
    amount           numeric(19, 2) not null check (amount > 0),
    chf_amount       numeric(19, 2) not null check (chf_amount >= 0),
    description      text,
    recorded_at      timestamptz    not null
);
create index financial_transaction_agreement_idx on financial_transaction (agreement_number);
create index financial_transaction_date_idx on financial_transaction (transaction_date);

-- One balance per funding line and year; a funding line never holds less than nothing.
create table year_end_balance (
    reference        text primary key,
    agreement_number text           not null references agreement (agreement_number),
    year             integer        not null,
    balance_chf      numeric(19, 2) not null check (balance_chf >= 0),
    as_of            date           not null,
    recorded_at      timestamptz    not null,
    unique (agreement_number, year)
);
