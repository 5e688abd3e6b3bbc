import JSZip from 'jszip';
import { t } from './i18n.js';

// CSV and xlsx of a table that no service renders (the ICT-DF movements, the reports due, the Board's actions),
// written in the browser from the exact values the API gave, not from the rounded text on the page.

const CSV_TYPE = 'text/csv;charset=utf-8';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A spreadsheet would run a text cell beginning with one of these as a formula: it is written as text. */
const FORMULA = /^[=+\-@\t\r]/;

function csvCell(value) {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'number') {
    return String(value);
  }
  const text = FORMULA.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: CRLF line ends, quoted where needed; a byte-order mark so that spreadsheets read UTF-8. */
export function toCsv({ headers, rows }) {
  return `\uFEFF${[headers, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const xml = (text) => String(text)
  // characters XML 1.0 cannot carry
  .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD]/gu, '')
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function xlsxCell(value) {
  if (value === null || value === undefined || value === '') {
    return '<c/>';
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    return `<c t="n"><v>${value}</v></c>`;
  }
  return `<c t="inlineStr"><is><t xml:space="preserve">${xml(value)}</t></is></c>`;
}

/** The smallest workbook Excel and LibreOffice open: one sheet, the header row first. */
export async function toXlsx({ headers, rows }, sheetName) {
  const zip = new JSZip();
  const part = (path, content) => zip.file(path, content, { createFolders: false });
  const sheetRows = [headers, ...rows].map((row) => `<row>${row.map(xlsxCell).join('')}</row>`).join('');
  part('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    + '<Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    + '</Types>');
  part('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    + '</Relationships>');
  part('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    + 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    + `<sheets><sheet name="${xml(sheetName.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  part('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    + '</Relationships>');
  part('xl/worksheets/sheet1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    + `<sheetData>${sheetRows}</sheetData></worksheet>`);
  return zip.generateAsync({ type: 'blob', mimeType: XLSX_TYPE, compression: 'DEFLATE' });
}

export function save(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** A CSV and an XLSX button, each calling save(format). */
export function downloadButtons(name, label, save) {
  const group = document.createElement('div');
  group.className = 'downloads';
  for (const format of ['csv', 'xlsx']) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.download = name;
    button.dataset.format = format;
    button.textContent = format.toUpperCase();
    button.setAttribute('aria-label', t('download', { table: label, format: format.toUpperCase() }));
    button.addEventListener('click', () => save(format));
    group.append(button);
  }
  return group;
}

/** CSV and xlsx buttons for a table written in the browser; data() gives { headers, rows } of exact values. */
export function localDownloads(name, label, data) {
  return downloadButtons(name, label, async (format) => {
    const table = data();
    const blob = format === 'csv' ? new Blob([toCsv(table)], { type: CSV_TYPE }) : await toXlsx(table, name);
    save(blob, `${name}.${format}`);
  });
}
