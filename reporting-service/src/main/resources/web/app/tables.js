import { t } from './i18n.js';
import { download } from './api.js';
import { downloadButtons } from './exports.js';

/**
 * A semantic table (caption, column headers, row headers) built from rows of data. Columns: { key, label, numeric,
 * text(row) -> string, drill(row) -> callback or null, sortValue(row) }. Sortable tables sort by a header's button
 * (keyboard reachable; aria-sort says the order). A cell whose text changed since the last drawing is marked for a
 * moment, so that a live change is seen.
 */
export function table({ id, caption, columns, rows, footer = [], rowAttribute, sortable = false }) {
  const existing = document.getElementById(id);
  const previous = existing ? cellTexts(existing) : new Map();
  const element = document.createElement('table');
  element.id = id;
  const captionElement = element.createCaption();
  captionElement.textContent = caption;
  const head = element.createTHead().insertRow();
  columns.forEach((column, index) => head.append(header(column, index, sortable, element)));
  const body = element.createTBody();
  rows.forEach((row) => body.append(rowElement(row, columns, rowAttribute)));
  if (rows.length === 0) {
    const empty = body.insertRow().insertCell();
    empty.colSpan = columns.length;
    empty.textContent = t('noRows');
  }
  if (footer.length) {
    const foot = element.createTFoot();
    footer.forEach((row) => foot.append(rowElement(row, columns, rowAttribute)));
  }
  element.rowsData = rows;
  element.columns = columns;
  element.rowAttribute = rowAttribute;
  markChanges(element, previous);
  if (existing) {
    existing.replaceWith(element);
  }
  return element;
}

function header(column, index, sortable, tableElement) {
  const th = document.createElement('th');
  th.scope = 'col';
  if (column.numeric) {
    th.className = 'numeric';
  }
  if (!sortable) {
    th.textContent = column.label;
    return th;
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'sort';
  button.textContent = column.label;
  button.setAttribute('aria-label', t('sortBy', { column: column.label }));
  button.addEventListener('click', () => sortBy(tableElement, index, th));
  th.append(button);
  return th;
}

function sortBy(tableElement, index, th) {
  const ascending = th.getAttribute('aria-sort') !== 'ascending';
  tableElement.querySelectorAll('thead th').forEach((cell) => cell.removeAttribute('aria-sort'));
  th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  const column = tableElement.columns[index];
  const value = column.sortValue ?? column.text;
  const sorted = [...tableElement.rowsData].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return ascending ? order : -order;
  });
  const body = tableElement.tBodies[0];
  body.replaceChildren(...sorted.map((row) => rowElement(row, tableElement.columns, tableElement.rowAttribute)));
}

function rowElement(row, columns, rowAttribute) {
  const tr = document.createElement('tr');
  if (rowAttribute) {
    const [name, value] = rowAttribute(row);
    tr.setAttribute(name, value);
    tr.dataset.key = value;
  }
  columns.forEach((column, index) => {
    const cell = document.createElement(index === 0 ? 'th' : 'td');
    if (index === 0) {
      cell.scope = 'row';
    }
    if (column.numeric) {
      cell.className = 'numeric';
    }
    const text = column.text(row);
    const open = column.drill?.(row);
    if (open) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'drill';
      button.textContent = text;
      button.setAttribute('aria-label', `${text} – ${t('drillDown', { what: `${column.label}, ${columns[0].text(row)}` })}`);
      button.addEventListener('click', open);
      cell.append(button);
    } else {
      cell.textContent = text;
    }
    tr.append(cell);
  });
  return tr;
}

const cellKey = (tr, index) => `${tr.dataset.key ?? tr.rowIndex}|${index}`;

function cellTexts(element) {
  const texts = new Map();
  element.querySelectorAll('tbody tr, tfoot tr').forEach((tr) => {
    [...tr.cells].forEach((cell, index) => texts.set(cellKey(tr, index), cell.textContent));
  });
  return texts;
}

function markChanges(element, previous) {
  if (previous.size === 0) {
    return;
  }
  const now = cellTexts(element);
  element.querySelectorAll('tbody tr, tfoot tr').forEach((tr) => {
    [...tr.cells].forEach((cell, index) => {
      const key = cellKey(tr, index);
      if (previous.has(key) && previous.get(key) !== now.get(key)) {
        cell.classList.add('changed');
      }
    });
  });
}

/** CSV and xlsx buttons for a table the service renders as a report. */
export const downloads = (name, label, path) => downloadButtons(name, label, (format) => download(path(), format));

/** A figure block: heading, chart, table, downloads; returns its parts to fill. */
export function figureBlock(parent, { name, heading }) {
  const block = document.createElement('article');
  block.className = `figure figure-${name}`;
  block.setAttribute('aria-labelledby', `${name}-heading`);
  const title = document.createElement('h3');
  title.id = `${name}-heading`;
  title.textContent = heading;
  const chart = document.createElement('div');
  chart.className = 'chart';
  chart.dataset.chart = name;
  const holder = document.createElement('div');
  holder.className = 'table-holder';
  const placeholder = document.createElement('table');
  placeholder.id = name;
  holder.append(placeholder);
  block.append(title, chart, holder);
  parent.append(block);
  return { block, chart, title };
}
