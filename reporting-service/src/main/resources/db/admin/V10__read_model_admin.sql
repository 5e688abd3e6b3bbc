-- Which schema holds the read model that reports and live consumers use. One row; the read model began in public.
create table read_model (
    singleton     boolean primary key default true check (singleton),
    active_schema text    not null
);
insert into read_model (active_schema) values ('public');

-- Each rebuild of the read model: replayed into target_schema, which becomes the active one when it finishes.
create table rebuild (
    id               bigint generated always as identity primary key,
    state            text        not null check (state in ('RUNNING', 'FINISHED', 'FAILED', 'ABANDONED')),
    target_schema    text        not null,
    records_replayed bigint      not null default 0,
    started_at       timestamptz not null default now(),
    finished_at      timestamptz,
    failure          text
);
-- One rebuild at a time, across restarts and replicas.
create unique index rebuild_one_running on rebuild ((true)) where state = 'RUNNING';
