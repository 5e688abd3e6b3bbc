-- Locked quarters: the quarterly report as it stood when locked. Kept outside the read model, so a rebuild keeps it.
create table quarter_lock (
    period    varchar(7)  primary key,
    locked_at timestamptz not null default now(),
    locked_by text        not null,
    report    jsonb       not null
);
