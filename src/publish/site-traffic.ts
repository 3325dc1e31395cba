// The site server's running totals — responses by status, bytes of published files sent, file-cache hits and misses — as plain
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

  /** Counts `outgoing` by its status once it is sent. */
  countWhenSent(outgoing: ServerResponse): void {
    outgoing.once('finish', () => {
      const status = outgoing.statusCode;
      this.responses.set(status, (this.responses.get(status) ?? 0) + 1);
    });
  }

  /** A published file's body went out (the platform's own small pages are not counted). */
  fileSent(bytes: number): void {
    this.bytesSent += bytes;
  }

  cacheLookup(isHit: boolean): void {
    if (isHit) this.cacheHits += 1;
    else this.cacheMisses += 1;
  }
}
