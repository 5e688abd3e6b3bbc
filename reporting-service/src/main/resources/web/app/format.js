import { currentLanguage } from './i18n.js';

// The APIs give exact CHF with centimes. The report prints thousands (one decimal) or millions, rounded half-up
// from the exact amount; rounding is done on whole centimes so that binary floating point never shifts a digit.
const centimes = (chf) => Math.round(Number(chf) * 100);

function roundedHalfUp(wholeCentimes, divisor) {
  const sign = wholeCentimes < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(wholeCentimes) + divisor / 2) / divisor);
}

const LOCALES = { en: 'en-GB', fr: 'fr-CH', zh: 'zh-CN' };
const locale = () => LOCALES[currentLanguage()] ?? 'en-GB';

const numberFormat = (decimals) => new Intl.NumberFormat(locale(),
  { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** Thousand CHF with the given decimals, as Figure 1 (one) and Figure 4 (none) print them. */
export function thousands(chf, decimals = 1) {
  const step = 100000 / 10 ** decimals;
  return numberFormat(decimals).format(roundedHalfUp(centimes(chf), step) / 10 ** decimals);
}

/** Million CHF with one decimal, as the report's text prints them. */
export function millions(chf) {
  return numberFormat(1).format(roundedHalfUp(centimes(chf), 10000000) / 10);
}

/** Exact CHF, with centimes. */
export const money = (amount) => numberFormat(2).format(Number(amount));

export const count = (n) => numberFormat(0).format(Number(n));

export const number = (n, decimals) => numberFormat(decimals).format(Number(n));

export const date = (iso) => (iso ? new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' })
  .format(new Date(`${iso}T00:00:00`)) : '');

export const time = (instant) => new Intl.DateTimeFormat(locale(), { timeStyle: 'medium' }).format(instant);

export const dateTime = (iso) => (iso ? new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' })
  .format(new Date(iso)) : '');

/** Today in ISO form, in the browser's time zone. */
export function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}
