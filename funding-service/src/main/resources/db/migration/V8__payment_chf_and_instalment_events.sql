-- A payment books its CHF when it is recorded, at its agreement's own rate, half-up to the centime (an agreement
-- booked before conversion has no rate: the CHF per unit it was signed at stands for it), so that no consumer
-- converts. Payments recorded before are booked here by the same rule.
alter table payment add column chf_amount numeric(19, 2) check (chf_amount >= 0);

update payment
set chf_amount = case
                     when agreement.rate is not null then round(payment.amount * agreement.rate, 2)
                     else round(payment.amount * agreement.chf_amount / agreement.original_amount, 2)
                 end
from agreement
where agreement.agreement_number = payment.agreement_number;

alter table payment alter column chf_amount set not null;

-- The InstalmentReceived events already on the topic lack chfAmount: every payment is published once more, with
-- it, a new event id and the prefixed type. It carries the same reference (the payment's, unique), so it
-- supersedes the earlier event of that reference; keyed by the project, it follows that event in its partition.
-- amount is shown with the currency's ISO 4217 minor units, as the service writes it (JPY 73000000, EUR 300.00).
insert into outbox_event (id, topic, message_key, event_type, payload, occurred_at)
select gen_random_uuid(), 'portfolio.funding.v1', agreement.project_number,
       'int.itu.bdt.portfolio.InstalmentReceived',
       json_build_object('agreementNumber', payment.agreement_number,
                         'projectNumber', agreement.project_number,
                         'partnerId', agreement.partner_id,
                         'reference', payment.reference,
                         'receivedOn', to_char(payment.received_on, 'YYYY-MM-DD'),
                         'amount', case
                                       when agreement.currency in ('ADP', 'BEF', 'BIF', 'BYB', 'BYR', 'CLP', 'DJF',
                                                                   'ESP', 'GNF', 'GRD', 'ISK', 'ITL', 'JPY', 'KMF',
                                                                   'KRW', 'LUF', 'MGF', 'PTE', 'PYG', 'ROL', 'RWF',
                                                                   'TPE', 'TRL', 'UGX', 'UYI', 'VND', 'VUV', 'XAF',
                                                                   'XOF', 'XPF')
                                           then trunc(payment.amount)::text
                                       else payment.amount::text
                                   end,
                         'chfAmount', payment.chf_amount::text,
                         'currency', agreement.currency)::text,
       now()
from payment
         join agreement on agreement.agreement_number = payment.agreement_number
order by agreement.project_number, payment.agreement_number, payment.sequence;
