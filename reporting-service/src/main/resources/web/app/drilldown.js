import { t, regionLabel, sourceLabel } from './i18n.js';
import { getJson } from './api.js';
import { money, number, date } from './format.js';
import { table } from './tables.js';

const dialog = () => document.getElementById('drill-down');

export function installDrillDown() {
  dialog().querySelector('.close').addEventListener('click', () => dialog().close());
}

/** The projects and agreements behind a figure: currency, original amount, rate and its source, CHF counted. */
export async function showDrillDown(title, path, onlyProject = null) {
  const element = dialog();
  element.querySelector('h2').textContent = title;
  const body = element.querySelector('.dialog-body');
  body.replaceChildren(document.createTextNode(t('loading')));
  element.showModal();
  const report = await getJson('reporting', path);
  const agreements = report.projects.filter((project) => !onlyProject || project.projectNumber === onlyProject)
    .flatMap((project) => project.agreements
    .map((agreement) => ({ ...agreement, project })));
  const holder = document.createElement('div');
  holder.className = 'table-holder';
  body.replaceChildren(holder);
  holder.append(table({
    id: 'drill-down-agreements',
    caption: title,
    sortable: true,
    rowAttribute: (row) => ['data-agreement', row.agreementNumber],
    columns: [
      { label: t('agreement'), text: (a) => a.agreementNumber },
      { label: t('projectNumber'), text: (a) => a.project.projectNumber },
      { label: t('title_'), text: (a) => a.project.title },
      { label: t('region'), text: (a) => regionLabel(a.project.region) },
      { label: t('partner'), text: (a) => a.partnerName ?? sourceLabel(a.fundingSource) },
      { label: t('signedOn'), text: (a) => date(a.signedOn), sortValue: (a) => a.signedOn },
      { label: t('currency'), text: (a) => a.currency },
      { label: t('originalAmount'), numeric: true, text: (a) => money(a.originalAmount), sortValue: (a) => a.originalAmount },
      { label: t('rate'), numeric: true, text: (a) => number(a.rate, 6), sortValue: (a) => a.rate },
      { label: t('rateSource'), text: (a) => [a.rateSource, a.rateMonth].filter(Boolean).join(' ') },
      { label: t('chfAmount'), numeric: true, text: (a) => money(a.chfAmount), sortValue: (a) => a.chfAmount },
    ],
    rows: agreements,
  }));
  element.querySelector('.close').focus();
}
