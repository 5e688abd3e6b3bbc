import { t } from './i18n.js';
import { getJson } from './api.js';
import { money, count, date, dateTime, today } from './format.js';
import { table, downloads } from './tables.js';
import { localDownloads } from './exports.js';
import { labelled } from './portfolio.js';

const FIRST_YEAR = 2014;
let period;
let holder;

function currentQuarter() {
  const now = today();
  return `${now.slice(0, 4)}-Q${Math.floor((Number(now.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Every quarter from the current one back to the first of the portfolio's reports, newest first. */
function quarters() {
  const list = [];
  const now = currentQuarter();
  let [year, quarter] = [Number(now.slice(0, 4)), Number(now.slice(6))];
  while (year >= FIRST_YEAR) {
    list.push(`${year}-Q${quarter}`);
    [year, quarter] = quarter === 1 ? [year - 1, 4] : [year, quarter - 1];
  }
  return list;
}

/** The Monitoring tab: the quarterly report of any quarter (lock, adjustments), reports due, the Board's actions. */
export function mountMonitoring(section, onChange) {
  const heading = document.createElement('h2');
  heading.id = 'monitoring-heading';
  heading.textContent = t('monitoringHeading');
  const form = document.createElement('form');
  form.className = 'controls';
  form.addEventListener('submit', (event) => event.preventDefault());
  const chooser = labelled('quarter', t('quarter'), document.createElement('select'));
  const all = quarters();
  const asked = new URLSearchParams(location.search).get('quarter');
  period ??= all.includes(asked) ? asked : all[0];
  chooser.input.append(...all.map((q) => new Option(q, q)));
  chooser.input.value = period;
  chooser.input.addEventListener('change', () => {
    period = chooser.input.value;
    onChange();
  });
  form.append(chooser.label);
  holder = document.createElement('div');
  holder.className = 'figures';
  section.replaceChildren(heading, form, holder);
}

export async function refreshMonitoring() {
  const [quarterly, due] = await Promise.all([
    getJson('reporting', `/api/reports/quarterly/${period}`),
    getJson('project', '/api/partner-reports?status=upcoming&size=50'),
  ]);
  const report = quarterly.report;
  holder.replaceChildren(
    block('quarterly', t('quarterlyReport', { period }), lockNote(quarterly.lock), figuresTable(report.figures),
      downloads('quarterly', t('quarterlyReport', { period }), () => `/api/reports/quarterly/${period}`)),
    block('adjustments', t('adjustments'), adjustmentsTable(quarterly.adjustments)),
    block('reports-due', t('reportsDue'), reportsTable('reports-due', due),
      localDownloads('reports-due', t('reportsDue'), () => reportRows(due))),
    block('reports-overdue', t('overdueReports'), reportsTable('reports-overdue', report.overdueReports),
      localDownloads('reports-overdue', t('overdueReports'), () => reportRows(report.overdueReports))),
    block('board-actions', `${t('openActions')} / ${t('overdueActions')}`, actionsTable(report.openActions),
      localDownloads('board-actions', t('openActions'), () => ({
        headers: ['action_id', 'project_number', 'opened_on', 'due_on', 'status'],
        rows: report.openActions.map((a) => [a.actionId, a.projectNumber, a.openedOn, a.dueOn, a.status]),
      }))),
  );
}

function block(name, heading, ...parts) {
  const article = document.createElement('article');
  article.className = 'figure';
  article.setAttribute('aria-labelledby', `${name}-heading`);
  const title = document.createElement('h3');
  title.id = `${name}-heading`;
  title.textContent = heading;
  article.append(title, ...parts.map((part) => {
    if (!(part instanceof HTMLTableElement)) {
      return part;
    }
    const tableHolder = document.createElement('div');
    tableHolder.className = 'table-holder';
    tableHolder.append(part);
    return tableHolder;
  }));
  return article;
}

function lockNote(lock) {
  const note = document.createElement('p');
  note.id = 'quarter-lock';
  note.className = lock ? 'note locked' : 'note';
  note.textContent = lock ? t('locked', { who: lock.lockedBy, when: dateTime(lock.lockedAt) }) : t('notLocked');
  return note;
}

const MONEY_FIGURES = ['signedPartnerChf', 'signedItuChf', 'receivedChf', 'ongoingPartnerChf', 'ongoingItuChf'];

function figuresTable(figures) {
  return table({
    id: 'quarterly-figures',
    caption: t('quarterlyReport', { period }),
    rowAttribute: ([name]) => ['data-figure', name],
    columns: [
      { label: t('figure'), text: ([name]) => t(name) },
      { label: t('value'), numeric: true,
        text: ([name, value]) => (MONEY_FIGURES.includes(name) ? `${money(value)} ${t('chf')}` : count(value)) },
    ],
    rows: Object.entries(figures),
  });
}

function adjustmentsTable(adjustments) {
  return table({
    id: 'quarterly-adjustments',
    caption: t('adjustments'),
    rowAttribute: (a) => ['data-figure', `${a.period}-${a.figure}`],
    columns: [
      { label: t('figure'), text: (a) => `${a.period} ${t(a.figure)}` },
      { label: t('lockedValue'), numeric: true, text: (a) => money(a.locked) },
      { label: t('value'), numeric: true, text: (a) => money(a.now) },
      { label: '±', numeric: true, text: (a) => money(a.difference) },
    ],
    rows: adjustments,
  });
}

const reportRows = (reports) => ({
  headers: ['report_id', 'agreement_number', 'project_number', 'partner_id', 'due_on'],
  rows: reports.map((r) => [r.id ?? r.reportId, r.agreementNumber, r.projectNumber, r.partnerId, r.dueOn]),
});

function reportsTable(id, reports) {
  return table({
    id,
    caption: id === 'reports-due' ? t('reportsDue') : t('overdueReports'),
    sortable: true,
    rowAttribute: (r) => ['data-report', r.id ?? r.reportId],
    columns: [
      { label: t('agreement'), text: (r) => r.agreementNumber },
      { label: t('projectNumber'), text: (r) => r.projectNumber },
      { label: t('partner'), text: (r) => r.partnerId },
      { label: t('dueOn'), text: (r) => date(r.dueOn), sortValue: (r) => r.dueOn },
    ],
    rows: reports,
  });
}

function actionsTable(actions) {
  return table({
    id: 'board-actions',
    caption: `${t('openActions')} / ${t('overdueActions')}`,
    sortable: true,
    rowAttribute: (a) => ['data-action', a.actionId],
    columns: [
      { label: t('action'), text: (a) => `#${a.actionId}` },
      { label: t('projectNumber'), text: (a) => a.projectNumber },
      { label: t('date'), text: (a) => date(a.openedOn), sortValue: (a) => a.openedOn },
      { label: t('dueOn'), text: (a) => date(a.dueOn), sortValue: (a) => a.dueOn },
      { label: t('status'), text: (a) => a.status },
    ],
    rows: actions,
  });
}
