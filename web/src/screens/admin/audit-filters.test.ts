import { describe, expect, it } from 'vitest';
import { auditFiltersFrom, EMPTY_AUDIT_FORM } from './audit-filters.ts';

describe('the audit log’s filters from the form', () => {
  it('leaves empty fields out and spans whole UTC days', () => {
    expect(auditFiltersFrom(EMPTY_AUDIT_FORM)).toEqual({ actor: undefined, site: undefined, action: undefined, since: undefined, until: undefined });
    expect(auditFiltersFrom({ actor: ' u1 ', site: '', action: 'admin.', from: '2026-12-01', to: '2026-12-04' })).toEqual({
      actor: 'u1', site: undefined, action: 'admin.', since: '2026-12-01T00:00:00.000Z', until: '2026-12-04T23:59:59.999Z',
    });
  });
  it('ignores a date that is not a day', () => {
    expect(auditFiltersFrom({ ...EMPTY_AUDIT_FORM, from: '12/01/2026' }).since).toBeUndefined();
  });
});
