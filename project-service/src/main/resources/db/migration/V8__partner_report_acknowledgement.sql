-- A partner's confirmation that it received a sent report: on which day and who confirmed it (the token's subject).
alter table partner_report
    add column acknowledged_on date,
    add column acknowledged_by varchar(255),
    add constraint partner_report_acknowledged_once_sent
        check (acknowledged_on is null or (sent_on is not null and acknowledged_by is not null));
