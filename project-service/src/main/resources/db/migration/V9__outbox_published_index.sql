-- The relay deletes published rows past their retention, oldest first (portfolio.messaging.relay.retention): an
-- index on published_at keeps each purge to the rows it deletes instead of a scan of the whole outbox.
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;
