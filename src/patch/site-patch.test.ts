import { describe, expect, it } from 'vitest';
import { sampleSite } from '../../test/support/sample-site.ts';
import type { PatchOperation } from './json-patch.ts';
import { applySitePatch, outOfScope, Patch } from './site-patch.ts';

describe('applySitePatch', () => {
  const site = sampleSite();

  it('returns the new valid document and its inverse', () => {
    const result = applySitePatch(site, [{ op: 'replace', path: '/theme/colors/primary', value: '#00AA00' }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.site.theme.colors.primary).toBe('#00aa00');
    expect(site.theme.colors.primary).toBe('#1f6f5c');
    expect(result.inverse).toEqual([{ op: 'replace', path: '/theme/colors/primary', value: '#1f6f5c' }]);
  });

  it('refuses a patch that makes the document invalid, with paths', () => {
    expect(applySitePatch(site, [{ op: 'replace', path: '/theme/colors/primary', value: 'green' }])).toEqual({
      ok: false,
      errors: [{ path: 'theme/colors/primary', message: 'Use a 6-digit hex color such as #1d4ed8' }],
    });
    expect(applySitePatch(site, [{ op: 'remove', path: '/pages/0' }])).toMatchObject({ ok: false });
  });

  it('names the operation that cannot apply', () => {
    expect(applySitePatch(site, [{ op: 'replace', path: '/theme/colors/primary', value: '#000000' }, { op: 'remove', path: '/nope' }])).toMatchObject({
      ok: false,
      errors: [{ path: 'patch/1', message: expect.stringContaining('/nope does not exist') }],
    });
  });

  it('refuses reserved names as errors at the operation (the commit route answers 422), and leaves the site alone', () => {
    // The attacker's request, as JSON: `add /business/socials/__proto__` used to be stored as "No changes".
    const patch = JSON.parse('[{"op":"add","path":"/business/socials/__proto__","value":{"instagram":"https://evil.example"}}]');
    expect(Patch.safeParse(patch).success).toBe(true);
    expect(applySitePatch(site, patch)).toEqual({
      ok: false,
      errors: [{ path: 'patch/0', message: 'Operation 0 (add /business/socials/__proto__): "__proto__" is a reserved name and cannot be used as a key' }],
    });
    expect(applySitePatch(site, [{ op: 'replace', path: '/name', value: 'New name' }, { op: 'copy', from: '/business/constructor', path: '/business/phone' }])).toMatchObject({
      ok: false,
      errors: [{ path: 'patch/1', message: expect.stringContaining('"constructor" is a reserved name') }],
    });
    expect(Object.getPrototypeOf(site.business.socials)).toBe(Object.prototype);
    expect(site.name).toBe('Sample Bakery');
  });

  it('refuses an operation without its value instead of writing undefined', () => {
    expect(applySitePatch(site, [{ op: 'replace', path: '/name' } as unknown as PatchOperation])).toEqual({
      ok: false,
      errors: [{ path: 'patch/0', message: 'Operation 0 (replace /name): the "replace" operation needs a "value" member' }],
    });
  });

  it('validates patch bodies', () => {
    expect(Patch.safeParse([{ op: 'replace', path: '/a', value: 1 }]).success).toBe(true);
    expect(Patch.safeParse([{ op: 'delete', path: '/a' }]).success).toBe(false);
    expect(Patch.safeParse([{ op: 'add', path: 'a', value: 1 }]).success).toBe(false);
    expect(Patch.safeParse([]).success).toBe(false);
  });
});

describe('outOfScope', () => {
  it('lists operations outside the allowed paths', () => {
    const allowed = ['/pages/0/sections/1', '/theme/colors'];
    expect(outOfScope([{ op: 'replace', path: '/pages/0/sections/1/props/heading', value: 'x' }, { op: 'replace', path: '/theme/colors/primary', value: '#000000' }], allowed)).toEqual([]);
    expect(outOfScope([{ op: 'replace', path: '/pages/0/sections/10/props/heading', value: 'x' }, { op: 'move', from: '/business', path: '/theme/colors/x' }], allowed)).toEqual([
      { index: 0, path: '/pages/0/sections/10/props/heading' },
      { index: 1, path: '/business' },
    ]);
  });
});
