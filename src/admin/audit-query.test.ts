import { describe, expect, it } from 'vitest';
import { auditCsv } from './audit-query.ts';

describe('the audit log as CSV', () => {
  it('quotes what needs quoting and defuses cells a spreadsheet would run as a formula', () => {
    const csv = auditCsv([
      { id: 7, at: new Date('2026-12-04T10:00:00Z'), actorId: 'u1', siteId: null, action: 'site.rename', target: '=HYPERLINK("http://evil")', ip: '-1+1', requestId: '@r', details: { name: 'A, "B"\nC' }, actorEmail: 'ada@example.com', siteSubdomain: null, targetEmail: null },
    ]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('id,at,actor,site,action,target,ip,request,details');
    expect(row).toBe(`7,2026-12-04T10:00:00.000Z,u1,,site.rename,"'=HYPERLINK(""http://evil"")",'-1+1,'@r,"{""name"":""A, \\""B\\""\\nC""}"`);
  });
});
