-- The ICT Development Fund's capital account: money in as transfers, money out as the ITU funding lines
-- (agreement rows with funding_source = 'ITU' and their amendments), so allocations are not stored twice.

-- One row per account. Every change of the account locks it (select ... for update) in its own transaction,
-- so concurrent allocations are checked against the balance one after the other.
create table ictdf_account (
    account_id text primary key,
    currency   text not null
);
insert into ictdf_account (account_id, currency) values ('ICT-DF', 'CHF');

create table ictdf_transfer (
    transfer_id text primary key,
    received_on date           not null,
    amount_chf  numeric(19, 2) not null check (amount_chf > 0),
    source      text           not null,
    reference   text           not null
);
create index ictdf_transfer_received_idx on ictdf_transfer (received_on);
