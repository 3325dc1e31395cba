import type { Metadata, Sharp } from 'sharp';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_PIXELS, VARIANT_WIDTHS, type RasterFormat } from './image-limits.ts';
import { uploadRefusal } from './refuse-upload.ts';
import { loadSharp } from './load-sharp.ts';
import { sanitizeSvg } from './sanitize-svg.ts';
import { sniffImage } from './sniff-image.ts';

export type VariantFormat = 'avif' | 'webp' | 'jpeg' | 'png' | 'svg';

export interface ImageVariant {
  format: VariantFormat;
  width: number;
  height: number;
  bytes: Buffer;
}

export interface ProcessedImage {
  /** What the upload was, by its bytes. */
  sourceFormat: RasterFormat | 'svg';
  /** Intrinsic size after the camera's orientation is applied. */
  width: number;
  height: number;
  hasAlpha: boolean;
  /** The picture's dominant colour (#rrggbb): what shows while it loads. */
  dominantColor: string;
  /** Every published width in AVIF, WebP and a fallback (JPEG, or PNG when the picture has transparency); an SVG upload also keeps its sanitized drawing. */
  variants: ImageVariant[];
}


type Raw = { data: Buffer; width: number; height: number; channels: 1 | 2 | 3 | 4 };

/** Decoded pixels as a sharp pipeline. */
async function fromRaw(raw: Raw): Promise<Sharp> {
  const sharp = await loadSharp();
  return sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: raw.channels } });
}

async function encode(raw: Raw, format: Exclude<VariantFormat, 'svg'>): Promise<Buffer> {
  const image = await fromRaw(raw);
  // Effort 0 with 4:2:0 chroma: a tenth of effort 2's time on this hardware, and no larger (measured: npm run bench images).
  if (format === 'avif') return image.avif({ quality: 50, effort: 0, chromaSubsampling: '4:2:0' }).toBuffer();
  if (format === 'webp') return image.webp({ quality: 76, effort: 3 }).toBuffer();
  if (format === 'png') return image.png({ compressionLevel: 8, palette: false }).toBuffer();
  return image.jpeg({ quality: 80, mozjpeg: true }).toBuffer();
}

async function resized(raw: Raw, width: number): Promise<Raw> {
  if (width === raw.width) return raw;
  const { data, info } = await (await fromRaw(raw))
    .resize({ width })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/** The widths to publish: the standard ones narrower than the picture, and the picture's own width when smaller than the largest. */
export function variantWidths(width: number): number[] {
  const widths: number[] = VARIANT_WIDTHS.filter((candidate) => candidate < width);
  if (width <= VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!) widths.push(width);
  return widths;
}

/**
 * Checks an upload and makes its published variants. The bytes decide what the file is (sniffImage); the header's
 * size is checked before any pixel is decoded, and sharp's limitInputPixels backs it up; a truncated file is
 * refused rather than padded with grey. The picture is decoded once with the camera's orientation applied, then
 * scaled down step by step (never up) and encoded; no variant carries the original's metadata (EXIF, GPS, XMP,
 * comments) — sharp writes none unless asked. Throws an AppError naming the file for anything it refuses.
 */
export async function makeVariants(bytes: Uint8Array, fileName: string): Promise<ProcessedImage> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw uploadRefusal.tooLarge(fileName, bytes.byteLength);
  const sniffed = await sniffImage(bytes);
  if (sniffed.kind === 'other') throw uploadRefusal.notAnImage(fileName, sniffed.description);
  if (sniffed.kind === 'svg') return drawingVariants(bytes, fileName);
  return rasterVariants(bytes, fileName, sniffed.format);
}

/** The longest side an SVG drawing is drawn at for its raster variants (and the favicons made from them). */
export const SVG_RASTER_SIDE = 1600;

/**
 * An SVG upload: checked and rebuilt by sanitizeSvg (a drawing that could run or load anything is refused, naming
 * the reason), drawn by sharp at SVG_RASTER_SIDE on its longest side for the raster variants, and kept as the
 * sanitized drawing too — the header shows that, sharp at any size.
 */
async function drawingVariants(bytes: Uint8Array, fileName: string): Promise<ProcessedImage> {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const clean = sanitizeSvg(text);
  if (!clean.ok) throw uploadRefusal.unsafeSvg(fileName, clean.reason);
  const drawing = Buffer.from(clean.svg, 'utf8');
  const sharp = await loadSharp();
  let raster: Buffer;
  try {
    const { width = 0, height = 0 } = await sharp(drawing).metadata();
    if (width <= 0 || height <= 0) throw new Error('no size');
    const density = Math.min(100_000, (72 * SVG_RASTER_SIDE) / Math.max(width, height));
    raster = await sharp(drawing, { density }).resize({ width: SVG_RASTER_SIDE, height: SVG_RASTER_SIDE, fit: 'inside' }).png().toBuffer();
  } catch {
    throw uploadRefusal.damaged(fileName);
  }
  const image = await rasterVariants(raster, fileName, 'png');
  return { ...image, sourceFormat: 'svg', variants: [...image.variants, { format: 'svg', width: image.width, height: image.height, bytes: drawing }] };
}

async function rasterVariants(bytes: Uint8Array, fileName: string, sourceFormat: RasterFormat): Promise<ProcessedImage> {
  const sharp = await loadSharp();
  let metadata: Metadata;
  try {
    // The header alone (no pixel is decoded), read without the pixel limit so a bomb is refused by its size.
    metadata = await sharp(bytes, { limitInputPixels: false, animated: false }).metadata();
  } catch {
    throw uploadRefusal.damaged(fileName);
  }
  const { width = 0, height = 0 } = metadata;
  if (width * height > MAX_UPLOAD_PIXELS) throw uploadRefusal.tooManyPixels(fileName, width, height);

  let full: Raw;
  try {
    const decoder = sharp(bytes, { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: 'truncated', animated: false });
    const { data, info } = await decoder.rotate().raw().toBuffer({ resolveWithObject: true });
    full = { data, width: info.width, height: info.height, channels: info.channels };
  } catch {
    throw uploadRefusal.damaged(fileName);
  }
  const hasAlpha = full.channels === 2 || full.channels === 4;
  const fallback: VariantFormat = hasAlpha ? 'png' : 'jpeg';

  const variants: ImageVariant[] = [];
  let source = full;
  for (const target of variantWidths(full.width).reverse()) {
    source = await resized(source, target);
    const scaled = source;
    const encoded = await Promise.all((['avif', 'webp', fallback] as const).map(async (format) => ({ format, bytes: await encode(scaled, format) })));
    for (const { format, bytes: output } of encoded) variants.push({ format, width: scaled.width, height: scaled.height, bytes: output });
  }
  variants.sort((a, b) => a.width - b.width);

  const { dominant } = await (await fromRaw(source)).stats();
  const dominantColor = `#${[dominant.r, dominant.g, dominant.b].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
  return { sourceFormat, width: full.width, height: full.height, hasAlpha, dominantColor, variants };
}
