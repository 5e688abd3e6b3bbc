-- The quarterly report reads the quarter's signatures, planned ends and first status changes: indexed, so that it
-- costs what the quarter holds rather than a scan of the portfolio.
create index agreement_fact_signed_on on agreement_fact (signed_on);
create index project_fact_end_date on project_fact (end_date);
create index status_change_fact_to_status on status_change_fact (to_status, changed_on);
