// How the admin screens write figures, money, durations and dates.

const number = new Intl.NumberFormat('en');
const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

export const formatCount = (value: number) => number.format(value);

/** US dollars with cents, or a tenth of a cent below one cent (model calls are cheap). */
export function formatUsd(value: number | null): string {
  if (value === null) return '—';
  const digits = value !== 0 && Math.abs(value) < 0.01 ? 4 : 2;
  return new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export const formatPercent = (ratio: number | null) => (ratio === null ? '—' : `${Math.round(ratio * 1000) / 10} %`);

export function formatMs(value: number | null): string {
  if (value === null) return '—';
  return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${value} ms`;
}

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));

/** Bytes as people read them: "512 MB". */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(value >= 10 ? 0 : 1)} ${units[unit]}`;
}
