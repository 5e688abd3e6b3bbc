import { t, regionLabel } from './i18n.js';
import { getJson } from './api.js';
import { money, count, date, today } from './format.js';
import { table, downloads } from './tables.js';

let holder;
let partnerId;

/** A partner's only tab: the projects it funds, its agreements, what it signed, what is in effect and received. */
export function mountPartner(section, partner) {
  partnerId = partner;
  const heading = document.createElement('h2');
  heading.id = 'partner-heading';
  holder = document.createElement('div');
  holder.className = 'figures single';
  section.replaceChildren(heading, holder);
}

const path = () => `/api/reports/partners/${encodeURIComponent(partnerId)}?asOf=${today()}`;

export async function refreshPartner() {
  const report = await getJson('reporting', path());
  document.getElementById('partner-heading').textContent = t('partnerHeading', { partner: report.partnerName });
  const rows = report.projects.flatMap((project) => project.agreements.map((agreement) => ({ project, agreement })));
  const article = document.createElement('article');
  article.className = 'figure';
  const tableHolder = document.createElement('div');
  tableHolder.className = 'table-holder';
  tableHolder.append(table({
    id: 'partner-projects',
    caption: t('partnerHeading', { partner: report.partnerName }),
    sortable: true,
    rowAttribute: (row) => ['data-agreement', row.agreement.agreementNumber],
    columns: [
      { label: t('projectNumber'), text: (row) => row.project.projectNumber },
      { label: t('title_'), text: (row) => row.project.title },
      { label: t('region'), text: (row) => regionLabel(row.project.region) },
      { label: t('agreement'), text: (row) => row.agreement.agreementNumber },
      { label: t('signedOn'), text: (row) => date(row.agreement.signedOn), sortValue: (row) => row.agreement.signedOn },
      { label: t('currency'), text: (row) => row.agreement.currency },
      { label: t('signed'), numeric: true, text: (row) => money(row.agreement.signed.amount),
        sortValue: (row) => row.agreement.signed.chf },
      { label: `${t('inEffect')} (${t('chf')})`, numeric: true, text: (row) => money(row.agreement.inEffect.chf),
        sortValue: (row) => row.agreement.inEffect.chf },
      { label: `${t('received')} (${t('chf')})`, numeric: true, text: (row) => money(row.agreement.received.chf),
        sortValue: (row) => row.agreement.received.chf },
      { label: t('nextReport'), text: (row) => date(row.agreement.schedule?.nextDueOn),
        sortValue: (row) => row.agreement.schedule?.nextDueOn ?? '' },
    ],
    rows,
    footer: [],
  }));
  const totals = document.createElement('p');
  totals.className = 'summary-line';
  totals.textContent = `${t('projects')}: ${count(report.total.projects)} · ${t('agreements')}: `
    + `${count(report.total.agreements)} · ${t('inEffect')}: ${money(report.total.inEffectChf)} ${t('chf')} · `
    + `${t('received')}: ${money(report.total.receivedChf)} ${t('chf')}`;
  article.append(totals, tableHolder, downloads('partner', t('partnerHeading', { partner: report.partnerName }), path));
  holder.replaceChildren(article);
}
