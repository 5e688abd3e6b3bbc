-- Same-day amendments take effect in funding-service's order, the amendment's sequence in its agreement's history
-- (AgreementAmended.sequence). Events published before it was carried leave it null.
alter table amendment_fact add column sequence integer check (sequence >= 1);
