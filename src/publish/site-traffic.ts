// The site server's running totals — responses by status, body bytes sent, file-cache hits and misses — as plain
// numbers, read by the metrics at scrape time (src/admin/metrics.ts). Counting costs a few additions per request.
import type { ServerResponse } from 'node:http';
import type { FileCache } from './file-cache.ts';

export class SiteTraffic {
  readonly responses = new Map<number, number>();
  bytesSent = 0;
  cacheHits = 0;
  cacheMisses = 0;

  constructor(private readonly files?: FileCache) {}

  get cacheBytes(): number {
    return this.files?.bytes ?? 0;
  }

  /** Counts `outgoing` once it is sent: its status and, unless it had no body, its Content-Length. */
  countWhenSent(outgoing: ServerResponse, isHead: boolean): void {
    outgoing.once('finish', () => {
      const status = outgoing.statusCode;
      this.responses.set(status, (this.responses.get(status) ?? 0) + 1);
      const length = Number(outgoing.getHeader('content-length') ?? 0);
      if (!isHead && status !== 304 && Number.isFinite(length)) this.bytesSent += length;
    });
  }

  cacheLookup(isHit: boolean): void {
    if (isHit) this.cacheHits += 1;
    else this.cacheMisses += 1;
  }
}
