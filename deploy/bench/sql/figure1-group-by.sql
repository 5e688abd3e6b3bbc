-- Figure 1 (docs/api.md) as a user would write it over reporting-service's fact tables, on 2024-12-31: the projects
-- ONGOING on the date (their latest status change by then), with the CHF of their cash project and supplementary
-- agreements in effect (the latest amendment effective by the date; nothing from the cancellation on), by region.
-- The peer of GET /api/reports/portfolio-by-region, which reads its incrementally kept ledger instead.
with status_on as (
    select distinct on (project_number) project_number, to_status
    from status_change_fact
    where changed_on <= date '2024-12-31'
    order by project_number, changed_on desc, revision desc
), amount_on as (
    select a.project_number, a.funding_source,
           coalesce((select m.new_chf_amount from amendment_fact m
                     where m.agreement_number = a.agreement_number and m.effective_on <= date '2024-12-31'
                     order by m.effective_on desc, m.sequence desc nulls first, m.amendment_id desc
                     limit 1), a.chf_amount) as chf
    from agreement_fact a
    where a.signed_on <= date '2024-12-31'
      and a.kind in ('PROJECT_AGREEMENT', 'SUPPLEMENTARY_AGREEMENT') and a.contribution = 'CASH'
      and not exists (select 1 from cancellation_fact c
                      where c.agreement_number = a.agreement_number and c.cancelled_on <= date '2024-12-31')
)
select p.region, count(distinct p.project_number) as projects,
       coalesce(sum(m.chf) filter (where m.funding_source = 'PARTNER'), 0) as partner_chf,
       coalesce(sum(m.chf) filter (where m.funding_source = 'ITU'), 0) as itu_chf
from project_fact p
join status_on s using (project_number)
left join amount_on m using (project_number)
where s.to_status = 'ONGOING'
group by p.region
order by p.region;
