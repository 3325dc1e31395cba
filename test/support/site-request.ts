// Requests to the site server as a browser or curl sends them: to the server's address with an explicit Host
// header, the path sent exactly as written (fetch would normalize `/../`), bodies decoded by Content-Encoding.
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

export interface SiteResponse {
  status: number;
  headers: Record<string, string | undefined>;
  /** The bytes as received (compressed when Content-Encoding says so). */
  raw: Buffer;
  /** The body decoded (brotli / gzip undone), as text. */
  text: string;
}

export function siteRequest(port: number, host: string, path: string, { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<SiteResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, method, path, headers: { host, ...headers }, agent: false }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('error', reject);
      incoming.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = incoming.headers['content-encoding'];
        const decoded = raw.length === 0 ? raw : encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
        const flat = Object.fromEntries(Object.entries(incoming.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
        resolve({ status: incoming.statusCode ?? 0, headers: flat, raw, text: decoded.toString('utf8') });
      });
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
