import { describe, expect, it } from 'vitest';
import { csvCell, submissionsCsv } from './submissions-csv.ts';
import type { StoredSubmission } from './forms.ts';

const message = (id: string, data: Record<string, string>, readAt: Date | null = null): StoredSubmission => ({ id, formId: 'f', data, ip: null, userAgent: null, createdAt: new Date(`2026-12-0${id}T10:00:00Z`), readAt });

describe('csvCell', () => {
  it('quotes only when needed, doubling quotes', () => {
    expect(csvCell('plain text')).toBe('plain text');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('')).toBe('');
  });

  it('defuses every formula start, then quotes what still needs it', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", '"\'\rx"']);
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('a = b')).toBe('a = b');
  });
});

describe('submissionsCsv', () => {
  it('starts with a BOM, heads the union of field names in first-seen order, ends every record with CRLF', () => {
    const text = submissionsCsv([message('3', { email: 'c@example.com', phone: '555' }, new Date()), message('2', { name: 'Bo', email: 'b@example.com' }), message('1', { name: 'Ann' })]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      'name,email,phone,Received (UTC),Read',
      ',c@example.com,555,2026-12-03 10:00:00,yes',
      'Bo,b@example.com,,2026-12-02 10:00:00,no',
      'Ann,,,2026-12-01 10:00:00,no',
      '',
    ]);
  });

  it('is a header alone when there is nothing to export', () => {
    expect(submissionsCsv([])).toBe('\uFEFFReceived (UTC),Read\r\n');
  });
});
