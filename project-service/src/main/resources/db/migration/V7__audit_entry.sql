-- The audit trail (messaging-kit's AuditTrail): who changed what through the API, when, from what to what; written
-- in the transaction of the change. Append-only: the trigger refuses every update, delete and truncate.
create table audit_entry (
    sequence      bigint generated always as identity primary key,
    occurred_at   timestamptz not null,
    entity        varchar(40) not null,
    entity_id     varchar(100) not null,
    action        varchar(60) not null,
    subject       varchar(255) not null,
    client        varchar(255),
    request_id    varchar(64),
    before_values jsonb,
    after_values  jsonb
);
create index audit_entry_by_entity on audit_entry (entity, entity_id, sequence);
create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % refused', tg_op;
end $$;
create trigger audit_entry_append_only before update or delete or truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
