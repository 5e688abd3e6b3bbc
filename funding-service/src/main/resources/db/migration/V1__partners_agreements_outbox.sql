create table partner (
    partner_id text primary key,
    name       text not null,
    type       text not null check (type in ('GOVERNMENT', 'INTERGOVERNMENTAL', 'PRIVATE_SECTOR',
                                              'UN_AGENCY', 'ACADEMIA', 'FOUNDATION')),
    country    text
);

create table agreement (
    agreement_number text primary key,
    project_number   text           not null,
    partner_id       text references partner (partner_id),
    funding_source   text           not null check (funding_source in ('PARTNER', 'ITU')),
    currency         text           not null,
    original_amount  numeric(19, 2) not null check (original_amount >= 0),
    chf_amount       numeric(19, 2) not null check (chf_amount >= 0),
    signed_on        date           not null,
    check ((funding_source = 'PARTNER') = (partner_id is not null))
);
create index agreement_project_idx on agreement (project_number);
create index agreement_partner_idx on agreement (partner_id);

create table amendment (
    amendment_id        text primary key,
    agreement_number    text           not null references agreement (agreement_number),
    sequence            integer        not null,
    effective_on        date           not null,
    new_original_amount numeric(19, 2) not null check (new_original_amount >= 0),
    new_chf_amount      numeric(19, 2) not null check (new_chf_amount >= 0),
    reason              text           not null,
    unique (agreement_number, sequence)
);

create table outbox_event (
    id           uuid primary key,
    position     bigserial unique not null,
    topic        text        not null,
    message_key  text        not null,
    event_type   text        not null,
    payload      text        not null,
    occurred_at  timestamptz not null,
    published_at timestamptz null
);
create index outbox_event_pending_idx on outbox_event (position) where published_at is null;
