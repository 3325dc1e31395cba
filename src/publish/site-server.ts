// The site server as one part: the live host table (kept fresh by LISTEN/NOTIFY), the cache of precompressed
// files, and the request listener that puts them in front of the API app.
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Database } from '../store/index.ts';
import type { BlobStore } from '../assets/index.ts';
import { FileCache } from './file-cache.ts';
import { startLiveHosts, type LiveHosts } from './live-hosts.ts';
import { createSiteHandler, type RequestListener } from './site-handler.ts';
import { SiteTraffic } from './site-traffic.ts';

export interface SiteServer {
  readonly hosts: LiveHosts;
  readonly files: FileCache;
  /** Responses, bytes sent and cache lookups so far (the metrics read them). */
  readonly traffic: SiteTraffic;
  /** The listener for node:http: published sites here, everything else to `fallback`. */
  handler(fallback: RequestListener): RequestListener;
  /** Re-reads one site's hosts now (after this process moved one of its pointers); never rejects. */
  refresh(siteId: string): Promise<void>;
  close(): Promise<void>;
}

export interface SiteServerOptions {
  database: Database;
  blobs: BlobStore;
  config: Pick<Config, 'PLATFORM_DOMAIN'>;
  logger?: Logger;
  /** Most bytes of files kept in memory (all encodings together); default 128 MiB. */
  cacheBytes?: number;
  /** Whether to LISTEN for other processes' changes (default true). */
  listenForChanges?: boolean;
  /** When former subdomains stop redirecting; default the real time (tests pass a fake clock). */
  clock?: () => Date;
}

export async function startSiteServer({ database, blobs, config, logger, cacheBytes, listenForChanges = true, clock }: SiteServerOptions): Promise<SiteServer> {
  const hosts = await startLiveHosts({ database, platformDomain: config.PLATFORM_DOMAIN, listenForChanges, ...(logger ? { logger } : {}), ...(clock ? { clock } : {}) });
  const files = new FileCache(blobs, cacheBytes);
  const traffic = new SiteTraffic(files);
  return {
    hosts,
    files,
    traffic,
    handler: (fallback) => createSiteHandler({ hosts: hosts.table, files, fallback, traffic, ...(logger ? { logger } : {}) }),
    // The change has committed by now: a failed re-read must not fail the request that made it (the NOTIFY
    // triggers another read), so it is logged, not thrown.
    refresh: (siteId) => hosts.refresh(siteId).catch((error: unknown) => logger?.error({ err: error, siteId }, 'site server: re-reading a site after a change failed')),
    close: () => hosts.close(),
  };
}
