// Visitors' messages as a spreadsheet file: RFC 4180 CSV (CRLF line ends, every field quoted when it holds a comma,
// a quote or a line break, quotes doubled), a header row of every field name any message used plus when it was
// received and whether it was read, a UTF-8 byte order mark so spreadsheet programs read accents right, and a
// guard against formulas: a cell that starts with = + - @ (or a tab or carriage return) gets a leading apostrophe,
// so opening the file never runs what a visitor typed.
import { csvCell } from '../csv-cell.ts';
import type { StoredSubmission } from './forms.ts';

export { csvCell };

const BOM = '\uFEFF';

/** The file's text (with the BOM); columns: the field names in first-seen order (oldest message first), then "Received (UTC)" and "Read" (capitals: no field name has them). */
export function submissionsCsv(submissions: readonly StoredSubmission[]): string {
  const names: string[] = [];
  for (const submission of [...submissions].reverse()) {
    for (const name of Object.keys(submission.data)) if (!names.includes(name)) names.push(name);
  }
  const header = [...names, 'Received (UTC)', 'Read'];
  const rows = submissions.map((submission) => [...names.map((name) => submission.data[name] ?? ''), submission.createdAt.toISOString().replace('T', ' ').slice(0, 19), submission.readAt ? 'yes' : 'no']);
  return `${BOM}${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
