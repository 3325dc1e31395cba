// The photo site `npm run quality` checks: a real PageHub server on a throw-away DATA_DIR, a person who signs up,
// composes a photographer's site, uploads thirteen camera-sized photos through the API, puts one in the hero and
// twelve in a gallery, and publishes. The site is then read as a visitor reads it, at {subdomain}.localhost — with
// its picture variants, its two web fonts and the site server's headers.
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Mail } from '../src/auth/index.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startServer } from '../src/server.ts';

const SUBDOMAIN = 'lumen-studio';
const DESCRIPTION = 'Lumen Studio is a wedding and portrait photographer in Bristol. Elegant and calm.';
const GALLERY_SIZE = 12;

/** A photo-like picture: soft light, shapes and a little grain, the way a real photo compresses (noise doesn't). */
async function photo(index: number, width = 3000, height = 2000): Promise<Buffer> {
  const hue = (index * 47) % 360;
  const shapes = Array.from({ length: 6 }, (_, shape) => {
    const x = ((index + 1) * (shape + 3) * 389) % width;
    const y = ((index + 2) * (shape + 5) * 211) % height;
    return `<circle cx="${x}" cy="${y}" r="${200 + ((shape * 137) % 500)}" fill="hsl(${(hue + shape * 40) % 360},55%,${40 + shape * 6}%)" opacity=".55"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},40%,70%)"/><stop offset="1" stop-color="hsl(${(hue + 60) % 360},45%,25%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>${shapes}</svg>`;
  const grain = await sharp({ create: { width: width / 4, height: height / 4, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 10 } } }).png().toBuffer();
  return sharp(Buffer.from(svg))
    .blur(12)
    .composite([{ input: await sharp(grain).resize(width, height).toBuffer(), blend: 'soft-light' }])
    .jpeg({ quality: 88 })
    .toBuffer();
}

/** The published home page as a visitor's browser asks for it: by Host (fetch would not send that header). */
function publishedPage(serverUrl: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const outgoing = request(`${serverUrl}/`, { headers: { host: `${SUBDOMAIN}.localhost` } }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => (incoming.statusCode === 200 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`the published home page answered ${incoming.statusCode}`))));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

export interface PublishedPhotoSite {
  /** The published home page, as a visitor's browser asks for it. */
  url: string;
  /** The published home page's HTML by path, for html-validate. */
  pages: Map<string, string>;
  close(): Promise<void>;
}

export async function publishPhotoSite(): Promise<PublishedPhotoSite> {
  const workspace = await mkdtemp(join(tmpdir(), 'pagehub-quality-photos-'));
  const mail: Mail[] = [];
  const server = await startServer(loadConfig({ DATA_DIR: workspace, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error' }), {
    logger: createLogger('error'),
    mailer: { send: async (message) => void mail.push(message), close: () => {} },
  });
  let cookie = '';
  const call = async <Answer = unknown>(method: string, path: string, body?: unknown): Promise<Answer> => {
    const isForm = body instanceof FormData;
    const response = await fetch(`${server.url}${path}`, {
      method,
      redirect: 'manual',
      headers: { origin: server.url, cookie, ...(body === undefined || isForm ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: isForm ? body : JSON.stringify(body) }),
    });
    const setCookie = response.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
    if (setCookie) cookie = setCookie;
    if (response.status >= 400) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    const text = await response.text();
    return (text !== '' && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined) as Answer;
  };
  try {
    await call('POST', '/api/auth/sign-up/email', { name: 'Lumen', email: 'owner@lumen.example', password: 'correct horse battery' });
    const link = mail.find((message) => message.to === 'owner@lumen.example')?.actionUrl;
    if (!link) throw new Error('no confirmation mail');
    await call('GET', new URL(link).pathname + new URL(link).search);
    const { statusUrl } = await call<{ statusUrl: string }>('POST', '/api/sites/generate', { prompt: DESCRIPTION, subdomain: SUBDOMAIN });
    let siteId = '';
    for (let attempt = 0; attempt < 600 && siteId === ''; attempt += 1) {
      const job = await call<{ status: string; error: unknown; result: { siteId: string } | null }>('GET', new URL(statusUrl, server.url).pathname);
      if (job.status === 'failed') throw new Error(`generation failed: ${JSON.stringify(job.error)}`);
      siteId = job.result?.siteId ?? '';
      if (siteId === '') await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const assets: { id: string; width: number; height: number }[] = [];
    for (let index = 0; index <= GALLERY_SIZE; index += 1) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(await photo(index))], { type: 'image/jpeg' }), `lumen-${index + 1}.jpg`);
      assets.push((await call<{ asset: (typeof assets)[number] }>('POST', `/api/sites/${siteId}/assets`, form)).asset);
    }
    const { document, head } = await call<{ document: { pages: { sections: { type: string }[] }[] }; head: { id: string } }>('GET', `/api/sites/${siteId}`);
    const heroIndex = document.pages[0]!.sections.findIndex((section) => section.type === 'hero');
    const image = (asset: (typeof assets)[number], alt: string) => ({ src: `asset:${asset.id}`, alt, width: asset.width, height: asset.height });
    const [heroPhoto, ...galleryPhotos] = assets;
    const gallery = {
      id: 'quality-gallery',
      type: 'gallery',
      props: { variant: 'grid', heading: 'Recent weddings', items: galleryPhotos.map((asset, index) => ({ caption: `Wedding ${index + 1}`, image: image(asset, `A wedding photograph, number ${index + 1}`) })) },
    };
    await call('POST', `/api/sites/${siteId}/commits`, {
      branch: 'main',
      base: head.id,
      patch: [
        { op: 'add', path: `/pages/0/sections/${heroIndex}/props/image`, value: image(heroPhoto!, 'A bride and groom walking through a sunlit garden') },
        { op: 'add', path: `/pages/0/sections/${heroIndex + 1}`, value: gallery },
      ],
    });
    // Photos over 4 megapixels get their sizes from a background job; publishing waits for it (409 until then).
    for (let attempt = 0; attempt < 1200; attempt += 1) {
      const library = await call<{ assets: { status: string }[] }>('GET', `/api/sites/${siteId}/assets`);
      if (library.assets.some((asset) => asset.status === 'failed')) throw new Error('a photo could not be prepared');
      if (library.assets.every((asset) => asset.status === 'ready')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await call('POST', `/api/sites/${siteId}/publish`, { confirmSamples: true });
    const url = `http://${SUBDOMAIN}.localhost:${new URL(server.url).port}`;
    const pages = new Map([['index.html', await publishedPage(server.url)]]);
    return {
      url: `${url}/`,
      pages,
      close: async () => {
        await server.close();
        await rm(workspace, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server.close();
    await rm(workspace, { recursive: true, force: true });
    throw error;
  }
}
