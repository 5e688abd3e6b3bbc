import { t } from './i18n.js';
import { getJson } from './api.js';
import { millions, count, today } from './format.js';
import { figureBlocks, drawFigure1, drawFigure2, drawFigure3, drawFigure4, labelled } from './portfolio.js';

const FIRST_YEAR = 2014;
const YEARS_SHOWN = 11;
let year = Number(new URLSearchParams(location.search).get('year')) || Number(today().slice(0, 4)) - 1;
let parts;

const asOf = () => `${year}-12-31`;
const paths = {
  figure1: () => `/api/reports/portfolio-by-region?asOf=${asOf()}`,
  figure2: () => `/api/reports/signed-per-year?from=${year - YEARS_SHOWN + 1}&to=${year}&asOf=${asOf()}`,
  figure3: () => `/api/reports/funding-sources?year=${year}&asOf=${asOf()}`,
  figure4: () => `/api/reports/ictdf-projects?year=${year}&asOf=${asOf()}`,
};

/**
 * The Report tab: the portfolio section of the annual report to TDAG for a year, its sentences filled in from the
 * live figures at the year's end, then Figures 1–4. It prints as a document (print stylesheet).
 */
export function mountReport(section, onChange) {
  const form = document.createElement('form');
  form.className = 'controls no-print';
  form.addEventListener('submit', (event) => event.preventDefault());
  const chooser = labelled('report-year', t('reportYear'), document.createElement('select'));
  for (let y = Number(today().slice(0, 4)); y >= FIRST_YEAR; y -= 1) {
    chooser.input.append(new Option(String(y), String(y)));
  }
  chooser.input.value = String(year);
  chooser.input.addEventListener('change', () => {
    year = Number(chooser.input.value);
    onChange();
  });
  const print = document.createElement('button');
  print.type = 'button';
  print.id = 'print-report';
  print.textContent = t('print');
  print.addEventListener('click', () => window.print());
  form.append(chooser.label, print);
  const heading = document.createElement('h2');
  heading.id = 'report-heading';
  const text = document.createElement('div');
  text.id = 'report-text';
  const grid = document.createElement('div');
  grid.className = 'figures report-figures';
  section.replaceChildren(form, heading, text, grid);
  parts = { heading, text, figures: figureBlocks(grid, 'report-', paths) };
}

export async function refreshReport() {
  const [byRegion, perYear, sources, ictDf] = await Promise.all(
    ['figure1', 'figure2', 'figure3', 'figure4'].map((name) => getJson('reporting', paths[name]())),
  );
  parts.heading.textContent = `${t('reportHeading')} – ${year}`;
  parts.text.replaceChildren(...sentences(byRegion, perYear, sources, ictDf).map((sentence) => {
    const paragraph = document.createElement('p');
    paragraph.textContent = sentence;
    return paragraph;
  }));
  const view = { prefix: 'report-', figures: parts.figures, asOf: asOf(), region: '' };
  drawFigure1(view, byRegion);
  drawFigure2(view, perYear.years);
  drawFigure3(view, sources, sources.knownDeviation);
  drawFigure4(view, ictDf.projects);
}

function sentences(byRegion, perYear, sources, ictDf) {
  const total = byRegion.total;
  const newProjects = perYear.years.find((entry) => entry.year === year);
  const [partner, itu] = sources.sources;
  const sum = (field) => ictDf.projects.reduce((amount, p) => amount + Math.round(p[field] * 100), 0) / 100;
  const said = [
    t('reportOngoing', { year, projects: count(total.projects), total: millions(total.total),
      partner: millions(total.partnerFunding), itu: millions(total.ituFunding) }),
    t('reportNew', { year, projects: count(newProjects.projects), value: millions(newProjects.value) }),
    t('reportShares', { partner: count(partner.percent), itu: count(itu.percent) }),
  ];
  if (sources.knownDeviation) {
    said.push(t('reportDeviation', { partner: sources.knownDeviation.printedPartnerPercent,
      itu: sources.knownDeviation.printedItuPercent }));
  }
  said.push(t('reportIctDf', { year, projects: count(ictDf.projects.length), total: millions(sum('total')),
    itu: millions(sum('ituFunds')), external: millions(sum('externalFunds')) }));
  return said;
}
