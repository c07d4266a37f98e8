import type { Quantity } from './extract-quantities.js';

/**
 * Write a quantity the way the target language does, through Intl (CLDR): `150 млн`, `4 %`,
 * `16 ноября`, `ноябрь`, `22:08`.
 *
 * @param quantity a quantity from `extractQuantities`
 * @param lang the language to write it in
 * @returns the display text
 * @example formatQuantity({ kind: 'percent', key: 'percent:4', start: 0, end: 2 }, 'ru') // '4 %'
 */
export function formatQuantity(quantity: Quantity, lang: string): string {
  const [kind, raw = ''] = quantity.key.split(/:(.*)/s);
  if (kind === 'date') {
    const [, , month, day] = raw.split('-');
    return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, Number(month) - 1, Number(day)));
  }
  if (kind === 'time') {
    const [hour, minute] = raw.split(':').map(Number) as [number, number];
    return new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, hour, minute));
  }
  if (kind === 'month') return new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, Number(raw) - 1, 1));
  const value = Number(raw);
  if (kind === 'percent') return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 6 }).format(value / 100);
  if (Number.isInteger(value) && value >= 1000 && value <= 2100) return String(value);
  if (value >= 1e6) return new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay: 'short', maximumFractionDigits: 3 }).format(value);
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 6 }).format(value);
}
