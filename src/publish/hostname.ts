// Custom domain names: what a person types ("Bücher.Example.com.") → the ASCII hostname PageHub stores and
// compares ("xn--bcher-kva.example.com"), or the reason it cannot be attached to a site.
import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';

/**
 * Top-level names that never reach the public internet (RFC 2606, RFC 6761, RFC 6762, RFC 8375, RFC 9476
 * and the de-facto private ones): a certificate authority would never issue for them.
 */
const RESERVED_TOP_LEVEL = new Set(['localhost', 'local', 'test', 'example', 'invalid', 'internal', 'onion', 'arpa', 'alt', 'lan', 'home', 'corp', 'intranet', 'private', 'localdomain']);

/**
 * Second-level public suffixes under which a registrable domain has three labels (`bakery.co.uk`). A small
 * heuristic, not the Public Suffix List: it only decides which record we *suggest* (A for an apex, CNAME
 * otherwise). Verification accepts either record for any name, so a miss here costs nothing but advice.
 */
const SECOND_LEVEL_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'me.uk', 'ltd.uk', 'plc.uk', 'ac.uk', 'gov.uk', 'net.uk',
  'com.au', 'net.au', 'org.au', 'co.nz', 'org.nz', 'net.nz', 'co.jp', 'ne.jp', 'or.jp', 'co.kr', 'or.kr',
  'com.br', 'net.br', 'org.br', 'com.mx', 'com.ar', 'com.co', 'com.tr', 'com.cn', 'com.hk', 'com.tw', 'com.sg',
  'com.my', 'com.ph', 'co.in', 'net.in', 'org.in', 'co.za', 'org.za', 'co.il', 'co.id', 'co.th', 'com.ua', 'com.pl',
]);

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The IDNA (UTS #46) ASCII form of `input`: lowercased, Unicode labels as `xn--` punycode, a final dot
 * dropped. Returns '' when the name cannot be converted. Bracketed IPv6 literals come back unbracketed.
 */
export function toAsciiHostname(input: string): string {
  const trimmed = input.trim().replace(/\.$/, '');
  if (/^\[.*\]$/.test(trimmed)) return trimmed.slice(1, -1).toLowerCase();
  if (isIP(trimmed)) return trimmed.toLowerCase();
  return domainToASCII(trimmed).toLowerCase();
}

export type HostnameCheck = { ok: true; hostname: string; isApex: boolean } | { ok: false; problem: string };

/**
 * Whether `input` can be attached to a site as a custom domain, and its stored ASCII form. Refuses IP
 * addresses, single labels, names under `platformDomain` (those are the platform's own), and reserved names.
 */
export function checkCustomHostname(input: string, platformDomain: string): HostnameCheck {
  const raw = input.trim();
  if (raw === '') return { ok: false, problem: 'Enter a domain name such as shop.example.com.' };
  if (/[/:@?#\s]/.test(raw.replace(/^\[.*\]$/, ''))) return { ok: false, problem: 'Enter only the domain name, such as shop.example.com — no "https://", path or port.' };
  const hostname = toAsciiHostname(raw);
  if (isIP(hostname) || isIP(raw.replace(/^\[|\]$/g, ''))) return { ok: false, problem: 'An IP address cannot be a custom domain; enter a domain name such as shop.example.com.' };
  if (hostname === '') return { ok: false, problem: `"${raw}" is not a valid domain name.` };
  if (hostname.length > 253) return { ok: false, problem: 'A domain name has at most 253 characters.' };
  const labels = hostname.split('.');
  if (labels.length < 2) return { ok: false, problem: 'Enter a full domain name with at least two parts, such as example.com.' };
  for (const label of labels) {
    if (label === '') return { ok: false, problem: 'A domain name cannot start with a dot or have two dots in a row.' };
    if (!LABEL.test(label)) {
      return { ok: false, problem: `"${label}" is not a valid part of a domain name: each part has 1 to 63 letters, digits or hyphens and does not start or end with a hyphen.` };
    }
  }
  const topLevel = labels[labels.length - 1] as string;
  if (/^[0-9]+$/.test(topLevel)) return { ok: false, problem: `"${hostname}" does not end in a real top-level domain.` };
  if (hostname === platformDomain || hostname.endsWith(`.${platformDomain}`)) {
    return { ok: false, problem: `Names under ${platformDomain} belong to PageHub; every site already has one. Attach a domain you registered yourself.` };
  }
  if (RESERVED_TOP_LEVEL.has(topLevel)) return { ok: false, problem: `".${topLevel}" names are reserved and never reach the public internet; use a domain you registered.` };
  return { ok: true, hostname, isApex: isApexHostname(hostname) };
}

/**
 * Whether `hostname` is a registrable domain itself (`example.com`, `bakery.co.uk`) rather than a name under
 * one (`shop.example.com`). DNS forbids a CNAME at an apex, so apexes get an A record instead.
 */
export function isApexHostname(hostname: string): boolean {
  const labels = hostname.split('.');
  if (labels.length === 2) return true;
  return labels.length === 3 && SECOND_LEVEL_SUFFIXES.has(labels.slice(1).join('.'));
}
