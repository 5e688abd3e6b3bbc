create table outbox_event (
    id           uuid primary key,
    position     bigserial not null unique,
    topic        text not null,
    message_key  text not null,
    event_type   text not null,
    payload      text not null,
    occurred_at  timestamptz not null,
    published_at timestamptz null
);

-- the relay only ever looks at unpublished rows, in position order
create index outbox_event_pending on outbox_event (position) where published_at is null;
