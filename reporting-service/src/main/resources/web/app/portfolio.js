import { t, regionLabel, sourceLabel } from './i18n.js';
import { getJson } from './api.js';
import { thousands, millions, count, today } from './format.js';
import { draw, stackedBars, barsAndLine, doughnut, PARTNER_COLOUR, ITU_COLOUR } from './charts.js';
import { table, downloads, figureBlock } from './tables.js';
import { showDrillDown } from './drilldown.js';

export const REGIONS = ['AFRICA', 'AMERICAS', 'ARAB_STATES', 'ASIA_PACIFIC', 'CIS', 'EUROPE', 'INTER_REGIONAL'];
const YEARS_SHOWN = 11;

const state = { asOf: new URLSearchParams(location.search).get('asOf') ?? today(), region: '' };
let figures;

const year = () => Number(state.asOf.slice(0, 4));
const query = () => `asOf=${state.asOf}`;
const paths = {
  figure1: () => `/api/reports/portfolio-by-region?${query()}`,
  figure2: () => `/api/reports/signed-per-year?from=${year() - YEARS_SHOWN + 1}&to=${year()}&${query()}`,
  figure3: () => `/api/reports/funding-sources?year=${year()}&${query()}`,
  figure4: () => `/api/reports/ictdf-projects?year=${year()}&${query()}`,
};

/** The Portfolio tab: Figures 1–4 as of a date, narrowed to a region when one is chosen. */
export function mountPortfolio(section, onChange) {
  const heading = document.createElement('h2');
  heading.id = 'portfolio-heading';
  heading.textContent = t('tabPortfolio');
  section.replaceChildren(heading, controls(onChange));
  const grid = document.createElement('div');
  grid.className = 'figures';
  section.append(grid);
  figures = figureBlocks(grid, '', paths);
}

/** The four figures' blocks (heading, chart, table, downloads) under a prefix of their ids. */
export function figureBlocks(grid, prefix, downloadPaths) {
  const blocks = {};
  for (const name of ['figure1', 'figure2', 'figure3', 'figure4']) {
    blocks[name] = figureBlock(grid, { name: `${prefix}${name}`, heading: t(name) });
    blocks[name].block.append(downloads(name, t(name), downloadPaths[name]));
  }
  const note = document.createElement('p');
  note.id = `${prefix}figure3-note`;
  note.className = 'note';
  blocks.figure3.block.append(note);
  blocks.figure4.chart.remove();
  return blocks;
}

function controls(onChange) {
  const form = document.createElement('form');
  form.className = 'controls';
  form.addEventListener('submit', (event) => event.preventDefault());
  const asOf = labelled('as-of', t('asOf'), Object.assign(document.createElement('input'),
    { type: 'date', value: state.asOf, required: true }));
  asOf.input.addEventListener('change', () => {
    if (asOf.input.value) {
      state.asOf = asOf.input.value;
      onChange();
    }
  });
  const region = labelled('region-filter', t('region'), document.createElement('select'));
  region.input.append(new Option(t('allRegions'), ''),
    ...REGIONS.map((code) => new Option(regionLabel(code), code)));
  region.input.value = state.region;
  region.input.addEventListener('change', () => {
    state.region = region.input.value;
    onChange();
  });
  form.append(asOf.label, region.label);
  return form;
}

export function labelled(id, text, input) {
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = text;
  input.id = id;
  const wrapper = document.createElement('span');
  wrapper.className = 'field';
  wrapper.append(label, input);
  return { label: wrapper, input };
}

export async function refreshPortfolio() {
  const [byRegion, perYear, sources, ictDf] = await Promise.all(
    ['figure1', 'figure2', 'figure3', 'figure4'].map((name) => getJson('reporting', paths[name]())),
  );
  const narrowed = state.region ? await regionalNewProjects(perYear) : null;
  const view = { prefix: '', figures, asOf: state.asOf, region: state.region };
  drawFigure1(view, byRegion);
  drawFigure2(view, narrowed?.years ?? perYear.years);
  drawFigure3(view, narrowed?.sources ?? sources, sources.knownDeviation);
  drawFigure4(view, ictDf.projects.filter((p) => !state.region || p.region === state.region));
}

/** Figures 2 and 3 for one region, summed from the projects behind each year (the reports count all regions). */
async function regionalNewProjects(perYear) {
  const years = await Promise.all(perYear.years.map(async (entry) => {
    const drilled = await getJson('reporting', `/api/reports/signed-per-year/${entry.year}/projects?${query()}`);
    const projects = drilled.projects.filter((p) => p.region === state.region);
    const sum = (field) => projects.reduce((total, p) => total + Math.round(p[field] * 100), 0) / 100;
    const partnerFunding = sum('partnerFunding');
    const ituFunding = sum('ituFunding');
    return { year: entry.year, projects: projects.length, partnerFunding, ituFunding,
      value: partnerFunding + ituFunding, valueMillions: Math.round((partnerFunding + ituFunding) / 100000) / 10 };
  }));
  const last = years[years.length - 1];
  const total = last.value;
  const percent = (amount) => (total > 0 ? Math.round((amount * 100) / total) : 0);
  return {
    years,
    sources: { year: last.year, projects: last.projects, total, sources: [
      { source: 'PARTNER', amount: last.partnerFunding, percent: percent(last.partnerFunding) },
      { source: 'ITU', amount: last.ituFunding, percent: percent(last.ituFunding) }] },
  };
}

export function drawFigure1(view, report) {
  const rows = report.regions.filter((row) => !view.region || row.region === view.region);
  const drill = (row) => (row.region === 'TOTAL' ? null : () => showDrillDown(
    `${t('drillDown', { what: regionLabel(row.region) })} (${view.asOf})`,
    `/api/reports/portfolio-by-region/${row.region}/projects?asOf=${view.asOf}`));
  const money = (field) => ({ label: t(field), numeric: true, text: (row) => thousands(row[field]), drill });
  table({
    id: `${view.prefix}figure1`,
    caption: t('figure1Caption', { unit: t('thousandChf') }),
    rowAttribute: (row) => ['data-region', row.region],
    columns: [
      { label: t('region'), text: (row) => regionLabel(row.region) },
      { label: t('projects'), numeric: true, text: (row) => count(row.projects), drill },
      money('partnerFunding'), money('ituFunding'), money('total'),
    ],
    rows,
    footer: view.region ? [] : [{ region: 'TOTAL', ...report.total }],
  });
  const thousandsOf = (field) => rows.map((row) => Math.round(row[field] / 100) / 10);
  draw(view.figures.figure1.chart, stackedBars({
    categories: rows.map((row) => regionLabel(row.region)),
    valueName: t('thousandChf'),
    series: [
      { name: t('partnerFunding'), stack: 'funding', data: thousandsOf('partnerFunding'), colour: PARTNER_COLOUR },
      { name: t('ituFunding'), stack: 'funding', data: thousandsOf('ituFunding'), colour: ITU_COLOUR },
    ],
  }), t('figure1'));
}

export function drawFigure2(view, years) {
  const drill = (row) => () => showDrillDown(`${t('figure2')} – ${row.year}`,
    `/api/reports/signed-per-year/${row.year}/projects?asOf=${view.asOf}`);
  table({
    id: `${view.prefix}figure2`,
    caption: `${t('figure2')} (${t('millionChf')})`,
    rowAttribute: (row) => ['data-year', row.year],
    columns: [
      { label: t('year'), text: (row) => String(row.year) },
      { label: t('projects'), numeric: true, text: (row) => count(row.projects), drill },
      { label: `${t('figure2Value')} (${t('millionChf')})`, numeric: true,
        text: (row) => millions(row.value), drill },
    ],
    rows: years,
  });
  draw(view.figures.figure2.chart, barsAndLine({
    categories: years.map((row) => String(row.year)),
    bars: { name: t('projects'), data: years.map((row) => row.projects) },
    line: { name: t('millionChf'), data: years.map((row) => Math.round(row.value / 100000) / 10) },
  }), t('figure2'));
}

export function drawFigure3(view, report, deviation) {
  const drill = () => () => showDrillDown(`${t('figure3')} – ${report.year}`,
    `/api/reports/signed-per-year/${report.year}/projects?asOf=${view.asOf}`);
  table({
    id: `${view.prefix}figure3`,
    caption: `${t('figure3')} – ${report.year} (${t('thousandChf')})`,
    rowAttribute: (row) => ['data-source', row.source],
    columns: [
      { label: t('source'), text: (row) => sourceLabel(row.source) },
      { label: t('amount'), numeric: true, text: (row) => thousands(row.amount), drill },
      { label: t('share'), numeric: true, text: (row) => `${count(row.percent)} %` },
    ],
    rows: report.sources,
  });
  draw(view.figures.figure3.chart, doughnut(report.sources.map((row) => ({
    name: sourceLabel(row.source), value: Math.round(row.amount), share: row.percent,
    colour: row.source === 'PARTNER' ? PARTNER_COLOUR : ITU_COLOUR,
  }))), t('figure3'));
  const note = document.getElementById(`${view.prefix}figure3-note`);
  const [partner, itu] = report.sources;
  note.hidden = !deviation || Boolean(view.region);
  if (deviation) {
    note.textContent = t('figure3Note', { partner: deviation.printedPartnerPercent, itu: deviation.printedItuPercent,
      ourPartner: partner.percent, ourItu: itu.percent, reason: deviation.reason });
  }
}

export function drawFigure4(view, projects) {
  const figureYear = view.asOf.slice(0, 4);
  const drill = (row) => (row.region ? () => showDrillDown(`${t('figure4')} – ${row.projectNumber}`,
    `/api/reports/ictdf-projects/${figureYear}/projects?asOf=${view.asOf}`, row.projectNumber) : null);
  const whole = (field) => ({ label: t(field), numeric: true, text: (row) => thousands(row[field], 0),
    sortValue: (row) => row[field], drill });
  table({
    id: `${view.prefix}figure4`,
    caption: `${t('figure4')} – ${figureYear} (${t('thousandChf')})`,
    sortable: true,
    rowAttribute: (row) => ['data-project', row.region ? row.projectNumber : 'TOTAL'],
    columns: [
      { label: t('projectNumber'), text: (row) => row.projectNumber },
      { label: t('name'), text: (row) => row.name },
      { label: t('region'), text: (row) => (row.region ? regionLabel(row.region) : '') },
      { label: t('initiative'), text: (row) => row.regionalInitiative },
      whole('externalFunds'), whole('ituFunds'), whole('total'),
      { label: t('partners'), text: (row) => row.partners.join('; ') },
    ],
    rows: projects,
    footer: [totalOf(projects)],
  });
}

/** Figure 4's total row: the exact amounts summed (in centimes), rounded only when shown. */
function totalOf(projects) {
  const sum = (field) => projects.reduce((total, p) => total + Math.round(p[field] * 100), 0) / 100;
  return { projectNumber: t('total'), name: '', region: null, regionalInitiative: '', partners: [],
    externalFunds: sum('externalFunds'), ituFunds: sum('ituFunds'), total: sum('total') };
}

export const portfolioAsOf = () => state.asOf;
