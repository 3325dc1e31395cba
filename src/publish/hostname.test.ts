import { describe, expect, it } from 'vitest';
import { checkCustomHostname, isApexHostname, toAsciiHostname } from './hostname.ts';

const PLATFORM = 'pagehub.app';

describe('toAsciiHostname', () => {
  it.each([
    ['bücher.example', 'xn--bcher-kva.example'],
    ['Bücher.Example.COM.', 'xn--bcher-kva.example.com'],
    ['ＳＨＯＰ．example-bakery。com', 'shop.example-bakery.com'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['[2001:DB8::1]', '2001:db8::1'],
  ])('%s → %s', (input, expected) => {
    expect(toAsciiHostname(input)).toBe(expected);
  });
});

describe('checkCustomHostname', () => {
  it.each([
    ['shop.example-bakery.com', 'shop.example-bakery.com', false],
    ['  Shop.Example-Bakery.com. ', 'shop.example-bakery.com', false],
    ['example-bakery.com', 'example-bakery.com', true],
    ['bakery.co.uk', 'bakery.co.uk', true],
    ['shop.bakery.co.uk', 'shop.bakery.co.uk', false],
    ['bücher.de', 'xn--bcher-kva.de', true],
    ['www.bücher.de', 'www.xn--bcher-kva.de', false],
    [`${'a'.repeat(63)}.com`, `${'a'.repeat(63)}.com`, true],
  ])('accepts %j as %s (apex: %s)', (input, hostname, isApex) => {
    expect(checkCustomHostname(input, PLATFORM)).toEqual({ ok: true, hostname, isApex });
  });

  it.each([
    ['', /Enter a domain name/],
    ['192.0.2.10', /An IP address cannot be a custom domain/],
    ['0x7f.1', /An IP address cannot be a custom domain/],
    ['[2001:db8::1]', /An IP address cannot be a custom domain/],
    ['2001:db8::1', /An IP address cannot be a custom domain|no "https:\/\/"/],
    ['https://shop.example.com/', /no "https:\/\/", path or port/],
    ['shop.example.com:8443', /no "https:\/\/", path or port/],
    ['com', /at least two parts/],
    ['-shop.example-bakery.com', /"-shop" is not a valid part/],
    ['shop-.example-bakery.com', /"shop-" is not a valid part/],
    ['sh_op.example-bakery.com', /"sh_op" is not a valid part/],
    [`${'a'.repeat(64)}.com`, /1 to 63/],
    [`${'abcdefghi.'.repeat(26)}com`, /at most 253/],
    ['shop..example.com', /two dots in a row/],
    ['example.123', /not a valid domain name/],
    ['pagehub.app', /belong to PageHub/],
    ['bakery.pagehub.app', /belong to PageHub/],
    ['feature--bakery.PageHub.app', /belong to PageHub/],
    ['localhost', /at least two parts/],
    ['printer.local', /"\.local" names are reserved/],
    ['shop.test', /"\.test" names are reserved/],
    ['bücher.example', /"\.example" names are reserved/],
    ['db.internal', /"\.internal" names are reserved/],
    ['x.invalid', /"\.invalid" names are reserved/],
    ['app.localhost', /"\.localhost" names are reserved/],
  ])('refuses %j', (input, problem) => {
    const result = checkCustomHostname(input, PLATFORM);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(problem);
  });
});

describe('isApexHostname', () => {
  it.each([
    ['example.com', true],
    ['www.example.com', false],
    ['example.co.uk', true],
    ['www.example.co.uk', false],
    ['a.b.example.com', false],
  ])('%s → %s', (hostname, expected) => {
    expect(isApexHostname(hostname)).toBe(expected);
  });
});
