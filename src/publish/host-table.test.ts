import { describe, expect, it } from 'vitest';
import { HostTable, hostnameOf, type SiteHostRows } from './host-table.ts';

const manifest = (label: string) => ({ 'index.html': { hash: label.padEnd(64, '0'), size: 10, type: 'text/html; charset=utf-8' } });
const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, seconds));

function bakery(overrides: Partial<SiteHostRows> = {}): SiteHostRows {
  return {
    siteId: 'site-1',
    subdomain: 'bakery',
    pointers: [
      { channel: 'production', deploymentId: 'd-prod', manifest: manifest('a'), updatedAt: at(1) },
      { channel: 'branch:spring-sale', deploymentId: 'd-sale', manifest: manifest('b'), updatedAt: at(2) },
      { channel: 'branch:fix_menu.v2', deploymentId: 'd-fix', manifest: manifest('c'), updatedAt: at(3) },
    ],
    domains: ['bakery.example', 'www.bakery.example', 'shop.example'],
    redirects: [],
    ...overrides,
  };
}

const deploymentOf = (table: HostTable, host: string) => {
  const match = table.match(host);
  return match.kind === 'site' ? match.deployment.id : match.kind === 'redirect' ? `redirect:${match.hostname}` : match.kind;
};

describe('hostnameOf', () => {
  it.each([
    ['Bakery.LocalHost:8080', 'bakery.localhost'],
    ['bakery.pagehub.app.', 'bakery.pagehub.app'],
    ['[::1]:8080', '[::1]'],
    ['127.0.0.1:80', '127.0.0.1'],
    [undefined, ''],
  ])('%j → %j', (header, hostname) => expect(hostnameOf(header)).toBe(hostname));
});

describe('HostTable', () => {
  it('maps subdomains, branch previews and custom domains to live deployments', () => {
    const table = new HostTable('pagehub.app');
    table.setSite('site-1', bakery());
    expect(deploymentOf(table, 'bakery.pagehub.app')).toBe('d-prod');
    expect(deploymentOf(table, 'BAKERY.pagehub.app:443')).toBe('d-prod');
    expect(deploymentOf(table, 'spring-sale--bakery.pagehub.app')).toBe('d-sale');
    expect(deploymentOf(table, 'fix-menu-v2--bakery.pagehub.app')).toBe('d-fix');
    expect(deploymentOf(table, 'main--bakery.pagehub.app')).toBe('d-prod');
    expect(deploymentOf(table, 'bakery.example')).toBe('d-prod');
    expect(deploymentOf(table, 'shop.example')).toBe('d-prod');
    expect(deploymentOf(table, 'www.bakery.example')).toBe('redirect:bakery.example');
  });

  it('answers the platform 404 for its own hosts with nothing live, and the API for the rest', () => {
    const table = new HostTable('pagehub.app');
    table.setSite('site-1', bakery());
    for (const host of ['unknown.pagehub.app', 'nope--bakery.pagehub.app', 'spring-sale--unknown.pagehub.app', 'a.bakery.pagehub.app']) expect(deploymentOf(table, host)).toBe('missing');
    for (const host of ['pagehub.app', 'app.pagehub.app', 'api.pagehub.app', 'www.pagehub.app', 'localhost:8080', '127.0.0.1:8080', '[::1]:8080', 'elsewhere.example', undefined]) {
      expect(deploymentOf(table, host as string)).toBe('api');
    }
  });

  it('takes a site offline when its production pointer goes, keeping previews and domains', () => {
    const table = new HostTable('localhost');
    table.setSite('site-1', bakery({ pointers: bakery().pointers.filter((pointer) => pointer.channel !== 'production') }));
    expect(deploymentOf(table, 'bakery.localhost:8080')).toBe('missing');
    expect(deploymentOf(table, 'bakery.example')).toBe('missing');
    expect(deploymentOf(table, 'spring-sale--bakery.localhost:8080')).toBe('d-sale');
    expect(deploymentOf(table, 'localhost:8080')).toBe('api');
  });

  it('redirects a former subdomain (and its branch previews) to the current one until it expires, then answers missing', () => {
    let now = at(0);
    const table = new HostTable('pagehub.app', () => now);
    table.setSite('site-1', bakery({ redirects: [{ subdomain: 'old-bakery', expiresAt: at(100) }] }));
    expect(deploymentOf(table, 'old-bakery.pagehub.app')).toBe('redirect:bakery.pagehub.app');
    expect(deploymentOf(table, 'spring-sale--old-bakery.pagehub.app:8080')).toBe('redirect:spring-sale--bakery.pagehub.app');
    expect(deploymentOf(table, 'other-bakery.pagehub.app')).toBe('missing');
    expect(deploymentOf(table, 'bakery.pagehub.app')).toBe('d-prod');
    now = at(100);
    expect(deploymentOf(table, 'old-bakery.pagehub.app')).toBe('missing');
    expect(deploymentOf(table, 'spring-sale--old-bakery.pagehub.app')).toBe('missing');
    now = at(0);
    table.setSite('site-1', bakery());
    expect(deploymentOf(table, 'old-bakery.pagehub.app')).toBe('missing');
  });

  it('forgets everything of a removed site, and a www. without its apex is served, not redirected', () => {
    const table = new HostTable('pagehub.app');
    table.setSite('site-1', bakery());
    table.setSite('site-2', { siteId: 'site-2', subdomain: 'florist', pointers: [{ channel: 'production', deploymentId: 'd-flor', manifest: manifest('f'), updatedAt: at(1) }], domains: ['www.florist.example'], redirects: [] });
    expect(deploymentOf(table, 'www.florist.example')).toBe('d-flor');
    table.setSite('site-1', undefined);
    expect(table.size).toBe(1);
    for (const host of ['bakery.pagehub.app', 'spring-sale--bakery.pagehub.app']) expect(deploymentOf(table, host)).toBe('missing');
    for (const host of ['bakery.example', 'www.bakery.example', 'shop.example']) expect(deploymentOf(table, host)).toBe('api');
    expect(deploymentOf(table, 'florist.pagehub.app')).toBe('d-flor');
  });

  it('reuses a deployment object across refreshes, and the preview moved last wins a shared label', () => {
    const table = new HostTable('pagehub.app');
    table.setSite('site-1', bakery());
    const before = table.match('bakery.pagehub.app');
    table.setSite('site-1', bakery({ pointers: [...bakery().pointers, { channel: 'branch:fix-menu-v2', deploymentId: 'd-fix-2', manifest: manifest('d'), updatedAt: at(9) }] }));
    const after = table.match('bakery.pagehub.app');
    expect(before.kind === 'site' && after.kind === 'site' && before.deployment === after.deployment).toBe(true);
    expect(deploymentOf(table, 'fix-menu-v2--bakery.pagehub.app')).toBe('d-fix-2');
  });
});
