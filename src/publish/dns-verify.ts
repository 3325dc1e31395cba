// Proof that a custom domain belongs to whoever attached it, read from DNS: first the TXT record
// `_pagehub.{hostname}` must hold the site's token (only someone who controls the domain's DNS can put it
// there), then the name itself must lead to the platform — a CNAME to `{subdomain}.{PLATFORM_DOMAIN}`, or A
// records equal to PLATFORM_IPV4 (without PLATFORM_IPV4: equal to the addresses the site's platform host
// resolves to, which is what a provider's ALIAS/ANAME or CNAME flattening produces). Every failure comes with
// a reason a person can act on.
import { DnsUnavailableError, type DnsLookup } from './dns-lookup.ts';

export interface DomainTarget {
  hostname: string;
  token: string;
  /** `{subdomain}.{PLATFORM_DOMAIN}`: the platform host of the site the domain is attached to. */
  siteHost: string;
  /** Where apex domains point an A record (config PLATFORM_IPV4). */
  platformIpv4: string | undefined;
  /** Whether the name is a registrable domain itself (no CNAME possible there). */
  isApex: boolean;
}

export interface DnsRecord {
  type: 'TXT' | 'CNAME' | 'A' | 'ALIAS';
  name: string;
  value: string;
  purpose: string;
}

/**
 * - `verified`: the TXT proof and the routing are both right.
 * - `missing`: a record is not there (yet): DNS changes take time, so this is worth checking again.
 * - `wrong`: a record is there with a value that will never work until someone changes it.
 * - `unavailable`: DNS did not answer; nothing is known.
 */
export type DnsCheck = { outcome: 'verified' } | { outcome: 'missing' | 'wrong' | 'unavailable'; reason: string };

export const verificationName = (hostname: string): string => `_pagehub.${hostname}`;
export const verificationValue = (token: string): string => `pagehub-verify=${token}`;

const PROPAGATION = 'DNS changes can take up to an hour to appear.';

/** The records the owner of the domain creates at their DNS provider. */
export function recordsToCreate(target: DomainTarget): DnsRecord[] {
  const proof: DnsRecord = { type: 'TXT', name: verificationName(target.hostname), value: verificationValue(target.token), purpose: 'Proves that you control this domain.' };
  if (!target.isApex) return [proof, { type: 'CNAME', name: target.hostname, value: target.siteHost, purpose: 'Sends visitors to your site.' }];
  if (target.platformIpv4) return [proof, { type: 'A', name: target.hostname, value: target.platformIpv4, purpose: 'Sends visitors to your site.' }];
  return [
    proof,
    {
      type: 'ALIAS',
      name: target.hostname,
      value: target.siteHost,
      purpose: `Sends visitors to your site. Providers call it ALIAS, ANAME or CNAME flattening; without one, create A records with the addresses ${target.siteHost} has.`,
    },
  ];
}

function routingAdvice(target: DomainTarget): string {
  if (!target.isApex) return `Change the CNAME record of ${target.hostname} to ${target.siteHost}`;
  if (target.platformIpv4) return `Change the A record of ${target.hostname} to ${target.platformIpv4} (and remove any other A records)`;
  return `Point ${target.hostname} at ${target.siteHost} with an ALIAS or ANAME record`;
}

function routingRecord(target: DomainTarget): string {
  if (!target.isApex) return `a CNAME record ${target.hostname} → ${target.siteHost}`;
  if (target.platformIpv4) return `an A record ${target.hostname} → ${target.platformIpv4}`;
  return `an ALIAS record ${target.hostname} → ${target.siteHost}`;
}

const quoted = (values: string[]): string => values.slice(0, 3).map((value) => `"${value}"`).join(', ') + (values.length > 3 ? ` and ${values.length - 3} more` : '');

async function checkProof(lookup: DnsLookup, target: DomainTarget): Promise<DnsCheck> {
  const name = verificationName(target.hostname);
  const expected = verificationValue(target.token);
  const values = (await lookup.txt(name)).map((value) => value.trim());
  if (values.length === 0) {
    return { outcome: 'missing', reason: `No TXT record ${name} was found. Create it with the value "${expected}" and check again; ${PROPAGATION}` };
  }
  if (!values.includes(expected)) {
    return { outcome: 'wrong', reason: `The TXT record ${name} holds ${quoted(values)}, a different value. Change it to "${expected}" and check again; ${PROPAGATION}` };
  }
  return { outcome: 'verified' };
}

async function checkRouting(lookup: DnsLookup, target: DomainTarget): Promise<DnsCheck> {
  const { hostname, siteHost } = target;
  const cnames = await lookup.cname(hostname);
  if (cnames.includes(siteHost)) return { outcome: 'verified' };
  if (cnames.length > 0) return { outcome: 'wrong', reason: `${hostname} is a CNAME to ${cnames.join(', ')}, not to ${siteHost}. ${routingAdvice(target)} and check again; ${PROPAGATION}` };
  const addresses = await lookup.ipv4(hostname);
  if (addresses.length === 0) {
    return { outcome: 'missing', reason: `The TXT record is in place, but ${hostname} has no CNAME or A record yet. Create ${routingRecord(target)} and check again; ${PROPAGATION}` };
  }
  const platformAddresses = target.platformIpv4 ? [target.platformIpv4] : await lookup.ipv4(siteHost);
  if (platformAddresses.length === 0) {
    return { outcome: 'unavailable', reason: `PageHub could not find the address of ${siteHost} to compare ${hostname} with. This is on our side and usually temporary; PageHub checks again in a few minutes.` };
  }
  const strays = addresses.filter((address) => !platformAddresses.includes(address));
  if (strays.length === 0) return { outcome: 'verified' };
  return { outcome: 'wrong', reason: `${hostname} points to ${strays.join(', ')}, not to ${target.isApex && target.platformIpv4 ? target.platformIpv4 : siteHost}. ${routingAdvice(target)} and check again; ${PROPAGATION}` };
}

/** Reads the domain's records through `lookup` and says whether it is proven and routed to the platform. */
export async function checkDomainDns(lookup: DnsLookup, target: DomainTarget): Promise<DnsCheck> {
  try {
    const proof = await checkProof(lookup, target);
    if (proof.outcome !== 'verified') return proof;
    return await checkRouting(lookup, target);
  } catch (error) {
    if (!(error instanceof DnsUnavailableError)) throw error;
    return { outcome: 'unavailable', reason: `PageHub could not query DNS for ${error.query} (${error.code}). This is usually temporary; PageHub checks again in a few minutes.` };
  }
}
