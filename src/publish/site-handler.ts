// The site server's request listener, in front of the API: a request whose Host is a published site's is
// answered here from memory (host table → deployment manifest → cached, precompressed file) with plain
// node:http writes; every other request — the app's own hosts, visitors' form posts to /api/forms/*, and `/thanks/`
// of a site without its own page there — goes to `fallback` (the Hono app).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Logger } from '../logger.ts';
import { preferredEncoding } from './accept-encoding.ts';
import { isCompressible, isFingerprinted } from './content-type.ts';
import type { CachedFile, FileCache } from './file-cache.ts';
import type { HostTable, LiveDeployment, ManifestEntry } from './host-table.ts';
import { THANKS_PATH } from './form-pages.ts';
import { PLATFORM_NOT_FOUND, PLATFORM_PAUSED } from './platform-not-found.ts';
import { IMMUTABLE, REVALIDATE, securityHeaders } from './site-headers.ts';
import { parseSitePath, resolveSitePath } from './site-path.ts';
import type { SiteTraffic } from './site-traffic.ts';

export type RequestListener = (incoming: IncomingMessage, outgoing: ServerResponse) => void;

export interface SiteHandlerDeps {
  hosts: HostTable;
  files: FileCache;
  /** Answers every request that is not for a published site. */
  fallback: RequestListener;
  logger?: Logger;
  /** Counts responses, bytes and cache lookups for the metrics. */
  traffic?: SiteTraffic;
}

const FORMS_PREFIX = '/api/forms/';
/** `thanks/` and `thanks`: where a browser lands after sending a form (form-pages.ts). */
const THANKS_PATHS = new Set([THANKS_PATH.slice(1), THANKS_PATH.slice(1, -1)]);
const NOT_FOUND_PAGE = '404.html';

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/** Over TLS: our own socket, or the local proxy (Caddy) saying so. */
function isTlsRequest(incoming: IncomingMessage): boolean {
  if ((incoming.socket as TLSSocket).encrypted) return true;
  return incoming.headers['x-forwarded-proto'] === 'https' && isLoopback(incoming.socket.remoteAddress);
}

function sendText(outgoing: ServerResponse, status: number, text: string, isHead: boolean, isTls: boolean, extra: Record<string, string> = {}): void {
  const body = Buffer.from(`${text}\n`, 'utf8');
  outgoing.writeHead(status, { ...securityHeaders(isTls), 'content-type': 'text/plain; charset=utf-8', 'content-length': String(body.length), 'cache-control': 'no-store', ...extra });
  outgoing.end(isHead ? undefined : body);
}

function sendRedirect(outgoing: ServerResponse, location: string, isTls: boolean): void {
  outgoing.writeHead(301, { ...securityHeaders(isTls), location, 'content-length': '0', 'cache-control': 'public, max-age=300' });
  outgoing.end();
}

function sendPlatformPage(incoming: IncomingMessage, outgoing: ServerResponse, page: typeof PLATFORM_NOT_FOUND, status: number, isTls: boolean, extra: Record<string, string> = {}): void {
  const encoding = preferredEncoding(incoming.headers['accept-encoding']);
  const body = page[encoding];
  const headers: Record<string, string> = {
    ...securityHeaders(isTls, page.contentSecurityPolicy),
    'content-type': 'text/html; charset=utf-8',
    'content-length': String(body.length),
    'cache-control': REVALIDATE,
    vary: 'Accept-Encoding',
    ...extra,
  };
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  outgoing.writeHead(status, headers);
  outgoing.end(incoming.method === 'HEAD' ? undefined : body);
}

export function sendPlatformNotFound(incoming: IncomingMessage, outgoing: ServerResponse, isTls = isTlsRequest(incoming)): void {
  sendPlatformPage(incoming, outgoing, PLATFORM_NOT_FOUND, 404, isTls);
}

function matchesEtag(ifNoneMatch: string | undefined, hash: string): boolean {
  return ifNoneMatch !== undefined && (ifNoneMatch.includes(hash) || ifNoneMatch.trim() === '*');
}

export function createSiteHandler({ hosts, files, fallback, logger, traffic }: SiteHandlerDeps): RequestListener {
  function sendFile(incoming: IncomingMessage, outgoing: ServerResponse, path: string, entry: ManifestEntry, file: CachedFile, status: number, isTls: boolean, isPreview: boolean): void {
    const compressible = file.br !== null || file.gzip !== null;
    const encoding = compressible ? preferredEncoding(incoming.headers['accept-encoding']) : 'identity';
    const body = (encoding === 'br' ? file.br : encoding === 'gzip' ? file.gzip : null) ?? file.identity;
    const sent = body === file.identity ? 'identity' : encoding;
    const headers = securityHeaders(isTls, entry.contentSecurityPolicy);
    headers['cache-control'] = status === 200 && isFingerprinted(path) ? IMMUTABLE : REVALIDATE;
    if (compressible) headers.vary = 'Accept-Encoding';
    if (isPreview) headers['x-robots-tag'] = 'noindex';
    if (status === 200) {
      headers.etag = `"${file.hash}${sent === 'identity' ? '' : `-${sent}`}"`;
      if (matchesEtag(incoming.headers['if-none-match'], file.hash)) {
        outgoing.writeHead(304, headers);
        outgoing.end();
        return;
      }
    }
    headers['content-type'] = entry.type;
    headers['content-length'] = String(body.length);
    if (sent !== 'identity') headers['content-encoding'] = sent;
    outgoing.writeHead(status, headers);
    outgoing.end(incoming.method === 'HEAD' ? undefined : body);
    if (incoming.method !== 'HEAD') traffic?.fileSent(body.length);
  }

  function serve(incoming: IncomingMessage, outgoing: ServerResponse, deployment: LiveDeployment, path: string, status: number, isTls: boolean, isPreview: boolean): void {
    const entry = deployment.files.get(path) as ManifestEntry;
    const cached = files.peek(entry.hash);
    traffic?.cacheLookup(cached !== undefined);
    if (cached) return sendFile(incoming, outgoing, path, entry, cached, status, isTls, isPreview);
    files.load(entry.hash, isCompressible(entry.type)).then(
      (file) => {
        if (file) return sendFile(incoming, outgoing, path, entry, file, status, isTls, isPreview);
        logger?.error({ deploymentId: deployment.id, path, hash: entry.hash }, 'site server: a file of a live deployment is missing from the blob store');
        sendText(outgoing, 500, 'This file could not be read. Please retry later.', incoming.method === 'HEAD', isTls);
      },
      (error: unknown) => {
        logger?.error({ err: error, deploymentId: deployment.id, path }, 'site server: reading a file failed');
        if (!outgoing.headersSent) sendText(outgoing, 500, 'This file could not be read. Please retry later.', incoming.method === 'HEAD', isTls);
        else outgoing.destroy();
      },
    );
  }

  return (incoming, outgoing) => {
    const match = hosts.match(incoming.headers.host);
    if (match.kind === 'api') return fallback(incoming, outgoing);
    const method = incoming.method;
    if (method === 'POST' && incoming.url?.startsWith(FORMS_PREFIX)) return fallback(incoming, outgoing);
    const isTls = isTlsRequest(incoming);
    const isHead = method === 'HEAD';
    traffic?.countWhenSent(outgoing);
    if (method !== 'GET' && !isHead) return sendText(outgoing, 405, 'A published site only answers GET and HEAD.', false, isTls, { allow: 'GET, HEAD' });
    if (match.kind === 'missing') return sendPlatformNotFound(incoming, outgoing, isTls);
    // 503 with Retry-After: a pause is temporary, so search engines keep the site's pages.
    if (match.kind === 'paused') return sendPlatformPage(incoming, outgoing, PLATFORM_PAUSED, 503, isTls, { 'retry-after': '3600', 'x-robots-tag': 'noindex' });
    if (match.kind === 'redirect') {
      const host = incoming.headers.host ?? '';
      const port = host.startsWith('[') ? '' : /:\d+$/.exec(host)?.[0] ?? '';
      return sendRedirect(outgoing, `${isTls ? 'https' : 'http'}://${match.hostname}${port}${parseSitePath(incoming.url).ok ? incoming.url : '/'}`, isTls);
    }
    const parsed = parseSitePath(incoming.url);
    if (!parsed.ok) return sendText(outgoing, 400, `Bad request: ${parsed.reason}`, isHead, isTls);
    const resolved = resolveSitePath(match.deployment.files, parsed);
    if (resolved.kind === 'file') return serve(incoming, outgoing, match.deployment, resolved.path, 200, isTls, match.isPreview);
    if (resolved.kind === 'directory') return sendRedirect(outgoing, resolved.location, isTls);
    if (THANKS_PATHS.has(parsed.path)) {
      // The site has no page of its own there: the app answers with the thank-you page in the site's style.
      incoming.url = `${FORMS_PREFIX}${encodeURIComponent(match.siteId)}/thanks${parsed.query}`;
      return fallback(incoming, outgoing);
    }
    if (match.deployment.files.has(NOT_FOUND_PAGE)) return serve(incoming, outgoing, match.deployment, NOT_FOUND_PAGE, 404, isTls, match.isPreview);
    return sendPlatformNotFound(incoming, outgoing, isTls);
  };
}
