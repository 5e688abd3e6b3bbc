-- A finance reference is up to 100 characters (InstalmentReceived.reference, maxLength 100, as funding-service
-- accepts it); a 64-character column dead-lettered the longer ones.
alter table instalment_fact alter column reference type varchar(100);
