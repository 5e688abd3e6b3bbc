-- The CHF amount funding-service booked for each instalment (InstalmentReceived.chfAmount): reporting-service
-- never converts. Rows of a read model built before it stay null until funding-service's republished record (same
-- reference, new event id) fills them in; a rebuild fills every row.
alter table instalment_fact add column chf_amount numeric(19, 2);
