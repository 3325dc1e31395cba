// The DNS queries custom-domain verification makes, through a resolver PageHub controls: the servers of
// DNS_SERVERS (`1.1.1.1,8.8.8.8`, `127.0.0.1:5353`) or, unset, the system's. A name with no such record
// answers an empty list; a resolver that cannot answer throws DnsUnavailableError.
import { Resolver } from 'node:dns/promises';

export interface DnsLookup {
  /** TXT records of `name`, each record's strings joined. */
  txt(name: string): Promise<string[]>;
  /** The CNAME target of `name` (lowercase, no final dot), or none. */
  cname(name: string): Promise<string[]>;
  /** IPv4 addresses of `name`, CNAMEs followed. */
  ipv4(name: string): Promise<string[]>;
}

/** The resolver did not answer (timeout, refused, server failure): nothing is known about the record. */
export class DnsUnavailableError extends Error {
  override name = 'DnsUnavailableError';
  constructor(
    readonly query: string,
    readonly code: string,
  ) {
    super(`DNS query for ${query} failed: ${code}`);
  }
}

/** The name exists without records of the type asked (ENODATA), or does not exist at all (ENOTFOUND). */
const ABSENT = new Set(['ENODATA', 'ENOTFOUND']);

export interface DnsLookupOptions {
  /** Per-attempt timeout. */
  timeoutMs?: number;
  tries?: number;
}

/** `servers` as in DNS_SERVERS: comma-separated addresses, each optionally with a port. */
export function parseDnsServers(servers: string | undefined): string[] {
  return (servers ?? '')
    .split(',')
    .map((server) => server.trim())
    .filter((server) => server !== '');
}

export function createDnsLookup(servers: string | undefined, { timeoutMs = 2_000, tries = 2 }: DnsLookupOptions = {}): DnsLookup {
  const resolver = new Resolver({ timeout: timeoutMs, tries });
  const list = parseDnsServers(servers);
  if (list.length > 0) resolver.setServers(list);

  const query = async <T>(name: string, run: () => Promise<T[]>): Promise<T[]> => {
    try {
      return await run();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
      if (ABSENT.has(code)) return [];
      throw new DnsUnavailableError(name, code);
    }
  };

  return {
    txt: async (name) => (await query(name, () => resolver.resolveTxt(name))).map((chunks) => chunks.join('')),
    cname: async (name) => (await query(name, () => resolver.resolveCname(name))).map((target) => target.toLowerCase().replace(/\.$/, '')),
    ipv4: (name) => query(name, () => resolver.resolve4(name)),
  };
}
