import { t } from './i18n.js';
import { getJson } from './api.js';
import { thousands, money, date, today } from './format.js';
import { draw, steps } from './charts.js';
import { table, figureBlock } from './tables.js';
import { localDownloads } from './exports.js';

let parts;

/** The ICT-DF tab: the capital account's balance over time, its transfers in and allocations out (funding-service). */
export function mountIctDf(section) {
  const heading = document.createElement('h2');
  heading.id = 'ictdf-heading';
  heading.textContent = t('ictdfHeading');
  const summary = document.createElement('dl');
  summary.className = 'summary';
  summary.id = 'ictdf-summary';
  section.replaceChildren(heading, summary);
  const grid = document.createElement('div');
  grid.className = 'figures single';
  section.append(grid);
  parts = { summary, balance: figureBlock(grid, { name: 'ictdf-movements', heading: t('balanceOverTime') }) };
  parts.balance.block.append(localDownloads('ictdf-movements', t('movements'), () => ({
    headers: ['date', 'kind', 'reference', 'project_number', 'amount_chf', 'balance_chf'],
    rows: parts.lines.map((line) => [line.date, line.kind, line.reference, line.projectNumber ?? '', line.amountChf,
      line.balance]),
  })));
}

export async function refreshIctDf() {
  const [account, statement] = await Promise.all([
    getJson('funding', `/api/ict-df/account?asOf=${today()}`),
    getJson('funding', `/api/ict-df/statement?to=${today()}`),
  ]);
  summarise(account);
  const lines = statement.lines;
  parts.lines = lines;
  draw(parts.balance.chart, steps({
    dates: [statement.from, ...lines.map((line) => line.date)],
    values: [statement.openingBalance, ...lines.map((line) => line.balance)].map((chf) => Math.round(chf / 100) / 10),
    name: t('thousandChf'),
  }), t('balanceOverTime'));
  table({
    id: 'ictdf-movements',
    caption: `${t('movements')} (${t('chf')})`,
    sortable: true,
    rowAttribute: (line) => ['data-reference', line.reference],
    columns: [
      { label: t('date'), text: (line) => date(line.date), sortValue: (line) => line.date },
      { label: t('kind'), text: (line) => t(line.kind) },
      { label: t('reference'), text: (line) => line.reference },
      { label: t('projectNumber'), text: (line) => line.projectNumber ?? '' },
      { label: t('amount'), numeric: true, text: (line) => money(line.amountChf), sortValue: (line) => line.amountChf },
      { label: t('balance'), numeric: true, text: (line) => money(line.balance), sortValue: (line) => line.balance },
    ],
    rows: lines,
  });
}

function summarise(account) {
  const entries = [['transfersIn', account.transfersIn], ['allocated', account.allocated], ['balance', account.balance]];
  parts.summary.replaceChildren(...entries.flatMap(([label, amount]) => {
    const term = document.createElement('dt');
    term.textContent = `${t(label)} (${t('thousandChf')})`;
    const value = document.createElement('dd');
    value.dataset.field = label;
    value.textContent = thousands(amount);
    return [term, value];
  }));
}
