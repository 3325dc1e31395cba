// One CSV cell as RFC 4180 writes it (quoted when it holds a comma, a quote or a line break; quotes doubled), with a
// guard against formulas: a cell that starts with = + - @ (or a tab or carriage return) gets a leading apostrophe,
// so opening the file in a spreadsheet never runs what someone typed. Every CSV export uses it.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
