// Custom domains verified against a real DNS server: dnsmasq on 127.0.0.1 with a high port serves exactly the
// records each step writes, and the app's DNS_SERVERS points at it. Covers the states a person sees (pending,
// verified, failed with an actionable reason), the periodic re-check, the certificate gate Caddy asks, and
// that nobody takes over a domain without the TXT proof.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTS_CHANNEL } from '../src/publish/host-events.ts';
import { createDnsLookup } from '../src/publish/dns-lookup.ts';
import { recheckDomains } from '../src/publish/domain-recheck.ts';
import { listen } from '../src/store/notifications.ts';
import { backends } from './support/backends.ts';
import { startDnsmasq, type Dnsmasq } from './support/dnsmasq.ts';
import { apiRequest, openTestApp, signUp, type TestApp } from './support/test-app.ts';

const PLATFORM_DOMAIN = 'pagehub.test';
const PLATFORM_IPV4 = '203.0.113.10';
const SHOP = 'shop.example-bakery.com';
const APEX = 'example-bakery.com';
const HOUR = 60 * 60 * 1000;

/** The zone every step starts from: the platform hosts of the sites, and authority over example-bakery.com. */
const BASE_RECORDS = [
  'local=/example-bakery.com/',
  `local=/${PLATFORM_DOMAIN}/`,
  `host-record=bakery.${PLATFORM_DOMAIN},${PLATFORM_IPV4}`,
  `host-record=rival.${PLATFORM_DOMAIN},${PLATFORM_IPV4}`,
];
const txt = (name: string, value: string) => `txt-record=${name},"${value}"`;

interface DomainJson {
  hostname: string;
  status: 'pending' | 'verified' | 'failed';
  reason: string | null;
  checkedAt: string | null;
  verifiedAt: string | null;
  records: { type: string; name: string; value: string; purpose: string }[];
}

let dns: Dnsmasq;
beforeAll(async () => {
  dns = await startDnsmasq(BASE_RECORDS);
});
afterAll(() => dns?.close());

describe.each(backends)('custom domains against a real DNS server on $name', (backend) => {
  let harness: TestApp;
  const users = {} as Record<'owner' | 'rival' | 'third', { cookie: string; userId: string }>;
  const sites = {} as Record<'bakery' | 'rival' | 'third', string>;
  const tokens: Record<string, string> = {};
  const notified: string[] = [];
  let stopListening: (() => Promise<void>) | undefined;

  const call = (who: keyof typeof users, method: string, path: string, body?: unknown) => harness.app.request(apiRequest(path, { method, cookie: users[who].cookie, ...(body === undefined ? {} : { body }) }));
  const addDomain = (who: keyof typeof users, site: keyof typeof sites, hostname: string) => call(who, 'POST', `/api/sites/${sites[site]}/domains`, { hostname });
  const verify = async (who: keyof typeof users, site: keyof typeof sites, hostname: string): Promise<DomainJson> => {
    const response = await call(who, 'POST', `/api/sites/${sites[site]}/domains/${encodeURIComponent(hostname)}/verify`);
    expect(response.status, await response.clone().text()).toBe(200);
    return ((await response.json()) as { domain: DomainJson }).domain;
  };
  const domainOf = async (who: keyof typeof users, site: keyof typeof sites, hostname: string): Promise<DomainJson | undefined> => {
    const response = await call(who, 'GET', `/api/sites/${sites[site]}/domains`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { domains: DomainJson[] }).domains.find((domain) => domain.hostname === hostname);
  };
  const ask = async (domain: string) => (await harness.app.request(new Request(`http://127.0.0.1:8080/api/tls/ask?domain=${encodeURIComponent(domain)}`))).status;
  // Re-checks run at a virtual time that only moves forward (the app's own clock stays real).
  let virtualNow = Date.now();
  const recheckLater = (ms: number) => {
    virtualNow += ms;
    return recheckDomains({ db: harness.database.db, config: harness.config, lookup: createDnsLookup(dns.server) }, new Date(virtualNow));
  };
  const audit = async (action: string, target: string) =>
    (await sql<{ site_id: string; details: unknown }>`SELECT site_id, details FROM audit_log WHERE action = ${action} AND target = ${target} ORDER BY id`.execute(harness.database.db)).rows;
  const proof = (site: keyof typeof sites, hostname: string) => txt(`_pagehub.${hostname}`, `pagehub-verify=${tokens[`${site}:${hostname}`]}`);
  const notifiedAbout = async (siteId: string) => {
    for (let attempt = 0; attempt < 50 && !notified.includes(siteId); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    return notified.includes(siteId);
  };

  beforeAll(async () => {
    harness = await openTestApp(backend, { PLATFORM_DOMAIN, PLATFORM_IPV4, DNS_SERVERS: dns.server });
    for (const who of ['owner', 'rival', 'third'] as const) users[who] = await signUp(harness.app, `${who}@example.com`);
    for (const [who, subdomain] of [['owner', 'bakery'], ['rival', 'rival'], ['third', 'third']] as const) {
      const response = await call(who, 'POST', '/api/sites', { subdomain, name: subdomain });
      expect(response.status).toBe(201);
      sites[subdomain] = ((await response.json()) as { id: string }).id;
    }
    stopListening = await listen(harness.database, HOSTS_CHANNEL, (siteId) => notified.push(siteId));
    await dns.setRecords(BASE_RECORDS);
  }, 120_000);
  afterAll(async () => {
    await stopListening?.();
    await harness?.close();
  });

  it('refuses names that cannot be custom domains and stores Unicode names in their IDNA form', async () => {
    for (const [hostname, problem] of [
      ['192.0.2.10', /An IP address cannot be a custom domain/],
      [`bakery.${PLATFORM_DOMAIN}`, /belong to PageHub/],
      [PLATFORM_DOMAIN, /belong to PageHub/],
      ['shop-.example-bakery.com', /"shop-" is not a valid part of a domain name/],
      ['printer.local', /"\.local" names are reserved/],
    ] as const) {
      const response = await addDomain('owner', 'bakery', hostname);
      expect(response.status, hostname).toBe(400);
      const body = (await response.json()) as { code: string; errors: { path: string; message: string }[] };
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(body.errors).toEqual([{ path: 'body/hostname', message: expect.stringMatching(problem) }]);
    }
    const unicode = await addDomain('owner', 'bakery', 'Bücher.Example-Bakery.com');
    expect(unicode.status).toBe(201);
    const { domain } = (await unicode.json()) as { domain: DomainJson };
    expect(domain.hostname).toBe('xn--bcher-kva.example-bakery.com');
    expect(domain.records[0]).toMatchObject({ type: 'TXT', name: '_pagehub.xn--bcher-kva.example-bakery.com' });
    // The Unicode spelling finds the stored name.
    expect((await call('owner', 'DELETE', `/api/sites/${sites.bakery}/domains/${encodeURIComponent('bücher.example-bakery.com')}`)).status).toBe(204);
    expect(await domainOf('owner', 'bakery', 'xn--bcher-kva.example-bakery.com')).toBeUndefined();
  });

  it('answers the records to create: a TXT proof with a token, and a CNAME — or an A record for an apex', async () => {
    const response = await addDomain('owner', 'bakery', SHOP);
    expect(response.status).toBe(201);
    const { domain } = (await response.json()) as { domain: DomainJson };
    expect(domain).toMatchObject({ hostname: SHOP, status: 'pending', reason: null, checkedAt: null, verifiedAt: null });
    const token = /^pagehub-verify=([0-9a-f]{32})$/.exec(domain.records[0]?.value ?? '')?.[1];
    expect(token).toBeDefined();
    tokens[`bakery:${SHOP}`] = token as string;
    expect(domain.records.map(({ type, name, value }) => ({ type, name, value }))).toEqual([
      { type: 'TXT', name: `_pagehub.${SHOP}`, value: `pagehub-verify=${token}` },
      { type: 'CNAME', name: SHOP, value: `bakery.${PLATFORM_DOMAIN}` },
    ]);

    const apex = (await (await addDomain('owner', 'bakery', APEX)).json()) as { domain: DomainJson };
    expect(apex.domain.records.map(({ type, name, value }) => ({ type, name, value }))).toEqual([
      { type: 'TXT', name: `_pagehub.${APEX}`, value: expect.stringMatching(/^pagehub-verify=[0-9a-f]{32}$/) },
      { type: 'A', name: APEX, value: PLATFORM_IPV4 },
    ]);
    tokens[`bakery:${APEX}`] = apex.domain.records[0]?.value.slice('pagehub-verify='.length) as string;

    const again = await addDomain('owner', 'bakery', SHOP.toUpperCase());
    expect(again.status).toBe(409);
    expect(((await again.json()) as { code: string }).code).toBe('DOMAIN_ALREADY_ADDED');

    // Unproven, the name is not anybody's yet: another site may claim it too, with its own token.
    const rival = await addDomain('rival', 'rival', SHOP);
    expect(rival.status).toBe(201);
    const rivalToken = ((await rival.json()) as { domain: DomainJson }).domain.records[0]?.value.slice('pagehub-verify='.length) as string;
    expect(rivalToken).not.toBe(token);
    tokens[`rival:${SHOP}`] = rivalToken;
    expect(await audit('domain.add', SHOP)).toHaveLength(2);
  });

  it('missing TXT record: stays pending, saying which record to create with which value', async () => {
    const domain = await verify('owner', 'bakery', SHOP);
    expect(domain.status).toBe('pending');
    expect(domain.reason).toBe(
      `No TXT record _pagehub.${SHOP} was found. Create it with the value "pagehub-verify=${tokens[`bakery:${SHOP}`]}" and check again; DNS changes can take up to an hour to appear.`,
    );
    expect(domain.checkedAt).not.toBeNull();
    expect(await ask(SHOP)).toBe(404);
  });

  it('wrong token: fails, quoting the value found and the value expected', async () => {
    await dns.setRecords([...BASE_RECORDS, txt(`_pagehub.${SHOP}`, 'pagehub-verify=00000000000000000000000000000000'), `cname=${SHOP},bakery.${PLATFORM_DOMAIN}`]);
    const domain = await verify('owner', 'bakery', SHOP);
    expect(domain.status).toBe('failed');
    expect(domain.reason).toBe(
      `The TXT record _pagehub.${SHOP} holds "pagehub-verify=00000000000000000000000000000000", a different value. Change it to "pagehub-verify=${tokens[`bakery:${SHOP}`]}" and check again; DNS changes can take up to an hour to appear.`,
    );
    expect(await ask(SHOP)).toBe(404);
  });

  it('proof in place but the name leads elsewhere or nowhere: says which record to change', async () => {
    await dns.setRecords([...BASE_RECORDS, proof('bakery', SHOP)]);
    let domain = await verify('owner', 'bakery', SHOP);
    expect(domain.status).toBe('pending');
    expect(domain.reason).toBe(`The TXT record is in place, but ${SHOP} has no CNAME or A record yet. Create a CNAME record ${SHOP} → bakery.${PLATFORM_DOMAIN} and check again; DNS changes can take up to an hour to appear.`);

    await dns.setRecords([...BASE_RECORDS, proof('bakery', SHOP), `host-record=${SHOP},198.51.100.1`]);
    domain = await verify('owner', 'bakery', SHOP);
    expect(domain.status).toBe('failed');
    expect(domain.reason).toBe(`${SHOP} points to 198.51.100.1, not to bakery.${PLATFORM_DOMAIN}. Change the CNAME record of ${SHOP} to bakery.${PLATFORM_DOMAIN} and check again; DNS changes can take up to an hour to appear.`);

    await dns.setRecords([...BASE_RECORDS, proof('bakery', SHOP), `cname=${SHOP},rival.${PLATFORM_DOMAIN}`]);
    domain = await verify('owner', 'bakery', SHOP);
    expect(domain.status).toBe('failed');
    expect(domain.reason).toMatch(new RegExp(`^${SHOP} is a CNAME to rival\\.${PLATFORM_DOMAIN}, not to bakery\\.${PLATFORM_DOMAIN}\\. Change the CNAME record`));
    expect(await ask(SHOP)).toBe(404);
  });

  it('TXT proof and CNAME: verified, served, every process told; the first proof wins over other claims', async () => {
    await dns.setRecords([...BASE_RECORDS, proof('bakery', SHOP), `cname=${SHOP},bakery.${PLATFORM_DOMAIN}`]);
    notified.length = 0;
    const domain = await verify('owner', 'bakery', SHOP);
    expect(domain).toMatchObject({ status: 'verified', reason: null });
    expect(domain.verifiedAt).not.toBeNull();
    expect(await ask(SHOP)).toBe(200);
    expect(await ask(`${SHOP}.`)).toBe(200);
    expect(await notifiedAbout(sites.bakery)).toBe(true);

    // The rival's unproven claim on the same name lost.
    const rival = await domainOf('rival', 'rival', SHOP);
    expect(rival?.status).toBe('failed');
    expect(rival?.reason).toMatch(/was verified for another PageHub site, which proved control of its DNS first/);
    expect(await notifiedAbout(sites.rival)).toBe(true);
    expect((await audit('domain.verify', SHOP)).at(-1)).toMatchObject({ site_id: sites.bakery, details: { from: 'failed', to: 'verified' } });
    expect(await audit('domain.claim-lost', SHOP)).toEqual([expect.objectContaining({ site_id: sites.rival })]);
  });

  it('another site cannot take over a verified hostname, even with its own token published', async () => {
    const third = await addDomain('third', 'third', SHOP);
    expect(third.status).toBe(409);
    expect(((await third.json()) as { code: string }).code).toBe('HOSTNAME_TAKEN');

    await dns.setRecords([...BASE_RECORDS, proof('bakery', SHOP), proof('rival', SHOP), `cname=${SHOP},bakery.${PLATFORM_DOMAIN}`]);
    const rival = await verify('rival', 'rival', SHOP);
    expect(rival.status).toBe('failed');
    expect(rival.reason).toMatch(/was verified for another PageHub site/);
    expect((await domainOf('owner', 'bakery', SHOP))?.status).toBe('verified');
    // And a site may only see and change its own domains.
    expect((await call('rival', 'DELETE', `/api/sites/${sites.bakery}/domains/${SHOP}`)).status).toBe(404);
    expect((await call('rival', 'POST', `/api/sites/${sites.bakery}/domains/${SHOP}/verify`)).status).toBe(404);
  });

  it('a verified domain whose TXT record is removed later fails on the next daily re-check and is no longer served', async () => {
    await dns.setRecords([...BASE_RECORDS, `cname=${SHOP},bakery.${PLATFORM_DOMAIN}`]);
    virtualNow = Date.now();
    // Checked minutes ago: not due yet (verified domains are re-checked daily).
    await recheckLater(HOUR);
    expect((await domainOf('owner', 'bakery', SHOP))?.status).toBe('verified');
    expect(await ask(SHOP)).toBe(200);

    notified.length = 0;
    const { changes } = await recheckLater(24 * HOUR);
    expect(changes).toContainEqual({ hostname: SHOP, siteId: sites.bakery, from: 'verified', to: 'failed' });
    const domain = await domainOf('owner', 'bakery', SHOP);
    expect(domain?.status).toBe('failed');
    expect(domain?.reason).toBe(
      `PageHub stopped serving ${SHOP} because its DNS records changed. No TXT record _pagehub.${SHOP} was found. Create it with the value "pagehub-verify=${tokens[`bakery:${SHOP}`]}" and check again; DNS changes can take up to an hour to appear.`,
    );
    expect(await ask(SHOP)).toBe(404);
    expect(await notifiedAbout(sites.bakery)).toBe(true);
    // Other sites' claims on the same hostname may be re-checked in the same pass; look at this site's entry.
    expect((await audit('domain.recheck', SHOP)).filter((entry) => entry.site_id === sites.bakery).at(-1)).toMatchObject({ details: { from: 'verified', to: 'failed' } });

    // The owner puts the record back and checks again: served again.
    await dns.setRecords([...BASE_RECORDS, proof('bakery', SHOP), `cname=${SHOP},bakery.${PLATFORM_DOMAIN}`]);
    expect((await verify('owner', 'bakery', SHOP)).status).toBe('verified');
    expect(await ask(SHOP)).toBe(200);
  });

  it('pending domains are re-checked: verified once the records appear, failed after 72 hours without them', async () => {
    const menu = 'menu.example-bakery.com';
    expect((await addDomain('owner', 'bakery', menu)).status).toBe(201);
    // The apex: TXT proof and an A record at PLATFORM_IPV4.
    await dns.setRecords([...BASE_RECORDS, proof('bakery', SHOP), `cname=${SHOP},bakery.${PLATFORM_DOMAIN}`, proof('bakery', APEX), `host-record=${APEX},${PLATFORM_IPV4}`]);
    const first = await recheckLater(10 * 60 * 1000);
    expect(first.changes).toContainEqual({ hostname: APEX, siteId: sites.bakery, from: 'pending', to: 'verified' });
    expect(await ask(APEX)).toBe(200);
    const waiting = await domainOf('owner', 'bakery', menu);
    expect(waiting).toMatchObject({ status: 'pending', reason: expect.stringMatching(/^No TXT record _pagehub\.menu\.example-bakery\.com was found/) });

    const late = await recheckLater(72 * HOUR);
    expect(late.changes).toContainEqual({ hostname: menu, siteId: sites.bakery, from: 'pending', to: 'failed' });
    expect((await domainOf('owner', 'bakery', menu))?.reason).toMatch(/^Not verified within 72 hours of being added\. No TXT record _pagehub\.menu\.example-bakery\.com was found/);
  });

  it('an owner detaches a domain: it stops being served at once', async () => {
    expect(await ask(APEX)).toBe(200);
    notified.length = 0;
    expect((await call('owner', 'DELETE', `/api/sites/${sites.bakery}/domains/${APEX}`)).status).toBe(204);
    expect(await ask(APEX)).toBe(404);
    expect(await notifiedAbout(sites.bakery)).toBe(true);
    expect(await domainOf('owner', 'bakery', APEX)).toBeUndefined();
    expect((await call('owner', 'DELETE', `/api/sites/${sites.bakery}/domains/${APEX}`)).status).toBe(404);
    expect(await audit('domain.remove', APEX)).toHaveLength(1);
  });
});
