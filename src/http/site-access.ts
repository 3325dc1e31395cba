// Site access by construction (CONVENTIONS.md "Access"): a route reaches a site's data only through a handle that
// `sites.forSite(c, siteId, minimumRole)` returns once the signed-in caller's membership and role are checked —
// `site.history`, `site.deployments`, `site.domains`, `site.submissions`, `site.members`, `site.invites`,
// `site.row`, `site.delete()`, each already bound to that site and that caller. Work no member does (a visitor's
// form post, Caddy's TLS question) goes through `sites.forSystem(c, asSystem(reason))`, the one way around the
// check, easy to grep for. Either way the request records what access it used (`c.get('siteAccess')`, in the
// request's log line), and test/api/site-access.test.ts calls every /api/sites/{id}/… route as a stranger to
// prove each one asked.
import { requireSiteRole, type SiteAccess as MemberAccess } from '../auth/index.ts';
import type { Billing } from '../billing/index.ts';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import type { BlobStore } from '../assets/index.ts';
import { createDeployments, createDnsLookup, createFormDirectory } from '../publish/index.ts';
import type { PictureQueue } from '../jobs/index.ts';
import { createSite, listSitesOf, type Database, type History, type SiteEvents } from '../store/index.ts';
import type { SiteAccess } from './app-env.ts';
import { requireUser } from './require-user.ts';
import { memberSiteHandle, systemAccess, type SiteParts } from './site-handle.ts';

export interface SiteAccessDeps {
  database: Database;
  history: History;
  blobs: BlobStore;
  config: Config;
  clock: () => Date;
  /** Where a large photo's variants are made after its upload is answered. */
  pictures: PictureQueue;
  /** Called once a change to what a site serves has committed (see AppDeps.onHostsChanged). */
  onHostsChanged?: ((siteId: string) => Promise<void>) | undefined;
  siteEvents: SiteEvents;
  presenceTtlMs: number;
  /** Refuses changes to a site whose account is read-only (unpaid bills) or frozen past its plan. */
  billing: Pick<Billing, 'requireWritable'>;
}

/** The app's one SiteAccess: the shared parts are made once (the form directory keeps a cache). */
export function createSiteAccess({ billing, database, history, blobs, config, clock, pictures, onHostsChanged, siteEvents, presenceTtlMs }: SiteAccessDeps): SiteAccess {
  const { db } = database;
  const parts: SiteParts = {
    db,
    config,
    clock,
    history,
    blobs,
    pictures,
    deployments: createDeployments({ db, history, blobs, config, clock, ...(onHostsChanged ? { onHostsChanged } : {}) }),
    lookup: createDnsLookup(config.DNS_SERVERS),
    forms: createFormDirectory({ db, history }),
    onHostsChanged,
    siteEvents,
    presenceTtlMs,
  };

  return {
    async forSite(c, siteId, minimumRole, options = {}) {
      const user = requireUser(c);
      let access: MemberAccess;
      try {
        access = await requireSiteRole(db, { userId: user.id }, siteId, minimumRole, options);
      } catch (error) {
        c.set('siteAccess', { siteId, minimumRole, outcome: error instanceof AppError ? error.code : 'INTERNAL' });
        throw error;
      }
      if (options.changesContent) {
        try {
          await billing.requireWritable(siteId);
        } catch (error) {
          c.set('siteAccess', { siteId, minimumRole, outcome: error instanceof AppError ? error.code : 'INTERNAL' });
          throw error;
        }
      }
      c.set('siteAccess', { siteId, minimumRole, outcome: 'granted' });
      return memberSiteHandle(parts, access.site, access.role, user.id);
    },

    forSystem(c, system) {
      return systemAccess(parts, (siteId) => c.set('siteAccess', { siteId, system: system.reason }));
    },

    create: (ownerId, input) => createSite(db, history, { ownerId, ...input, now: clock() }),
    listOf: (userId) => listSitesOf(db, userId),
  };
}
