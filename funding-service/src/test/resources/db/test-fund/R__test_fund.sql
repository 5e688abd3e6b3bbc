-- Test databases only: a fund large enough that tests about anything else may sign ITU funding lines.
-- The ICT-DF tests run under UnfundedAccount, which leaves this location out.
insert into ictdf_transfer (transfer_id, received_on, amount_chf, source, reference)
values ('TEST-FUND', '1990-01-01', 1000000000000.00, 'test fixture', 'funds the ITU lines of tests not about ICT-DF');
