import { RASTER_FORMATS, type RasterFormat } from './image-limits.ts';

export type Sniffed = { kind: 'raster'; format: RasterFormat } | { kind: 'svg' } | { kind: 'other'; description: string };

const SVG_START = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype svg[^>[]*(\[[\s\S]*?\])?\s*>\s*)?<svg[\s>]/i;

/**
 * What a file really is, from its bytes (magic numbers), never from its name or the Content-Type the browser
 * claimed: an HTML or PHP page renamed `photo.jpg` is text, not a JPEG.
 */
export async function sniffImage(bytes: Uint8Array): Promise<Sniffed> {
  const { fileTypeFromBuffer } = await import('file-type');
  const type = await fileTypeFromBuffer(bytes);
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8');
  // file-type calls anything starting `<?xml` XML; an SVG drawing is one of those.
  if ((!type || type.ext === 'xml') && SVG_START.test(head)) return { kind: 'svg' };
  if (type) {
    const format = (type.ext === 'jpg' ? 'jpeg' : type.ext) as RasterFormat;
    if (RASTER_FORMATS.includes(format)) return { kind: 'raster', format };
    return { kind: 'other', description: `a ${type.ext.toUpperCase()} file` };
  }
  if (/<\?php|<html|<!doctype html|<script/i.test(head)) return { kind: 'other', description: 'a web page or script' };
  return { kind: 'other', description: 'a file of unknown kind' };
}
