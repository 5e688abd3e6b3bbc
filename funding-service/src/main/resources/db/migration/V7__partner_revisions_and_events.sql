-- Each change of a partner is a new revision, so that consumers keep the newest whatever the delivery order.
alter table partner add column revision integer not null default 1;

-- Partners registered before PartnerRegistered existed are published once, so that consumers learn their names.
insert into outbox_event (id, topic, message_key, event_type, payload, occurred_at)
select gen_random_uuid(), 'portfolio.funding.v1', partner_id, 'PartnerRegistered',
       json_build_object('partnerId', partner_id, 'name', name,
                         'type', lower(replace(type, '_', '-')), 'country', country, 'revision', revision)::text,
       now()
from partner
order by partner_id;
