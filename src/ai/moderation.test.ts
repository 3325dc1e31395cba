import { describe, expect, it } from 'vitest';
import { findUnsafeContent } from './moderation.ts';

describe('findUnsafeContent', () => {
  it('passes ordinary text, links and prices', () => {
    expect(findUnsafeContent({ heading: 'Fresh bread <3 every morning', href: 'https://example.com/a?b=c', note: 'Turn on = off', items: ['5 < 7', 'data: 42'] })).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', 'HTML tag'],
    ['<IFRAME src=x>', 'HTML tag'],
    ['<img src=x onerror=alert(1)>', 'event handler'],
    ['<a href="#" onclick = "x()">', 'event handler'],
    ['javascript:alert(1)', 'javascript:'],
    ['JaVaScRiPt :alert(1)', 'javascript:'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'data:'],
  ])('finds %s', (text, kind) => {
    const errors = findUnsafeContent({ pages: [{ sections: [{ props: { heading: text } }] }] });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('pages/0/sections/0/props/heading');
    expect(errors[0]!.message).toContain(kind);
  });

  it('checks object keys too', () => {
    expect(findUnsafeContent({ '<script>': 1 })).toHaveLength(1);
  });
});
