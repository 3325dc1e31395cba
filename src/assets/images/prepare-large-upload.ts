import type { Metadata } from 'sharp';
import { BACKGROUND_ABOVE_PIXELS, DISPLAY_WIDTH, MAX_UPLOAD_BYTES, MAX_UPLOAD_PIXELS } from './image-limits.ts';
import { loadSharp } from './load-sharp.ts';
import type { ImageVariant } from './make-variants.ts';
import { uploadRefusal } from './refuse-upload.ts';
import { sniffImage } from './sniff-image.ts';
import { stripJpegMetadata } from './strip-jpeg-metadata.ts';

/** A large photo, checked and ready to show, whose variants a background job makes. */
export interface PreparedUpload {
  sourceFormat: 'jpeg';
  /** Intrinsic size after the camera's orientation is applied. */
  width: number;
  height: number;
  dominantColor: string;
  /** The upload without its metadata (stripJpegMetadata): what the job makes the variants from. Never served. */
  source: Buffer;
  /** One JPEG at DISPLAY_WIDTH (or narrower): what the editor and a preview show meanwhile. */
  display: ImageVariant;
}

/**
 * Whether an upload is processed in the background (a JPEG over BACKGROUND_ABOVE_PIXELS) and, if so, the upload
 * checked as fully as makeVariants checks it — size, bytes, header, pixel limit, every pixel decoded (a damaged or
 * truncated file is refused now, naming it) — with its metadata stripped and one display-size file made.
 * Undefined for an upload makeVariants should handle now.
 */
export async function prepareLargeUpload(bytes: Uint8Array, fileName: string): Promise<PreparedUpload | undefined> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw uploadRefusal.tooLarge(fileName, bytes.byteLength);
  const sniffed = await sniffImage(bytes);
  if (sniffed.kind !== 'raster' || sniffed.format !== 'jpeg') return undefined;
  const sharp = await loadSharp();
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw uploadRefusal.damaged(fileName);
  }
  const { width = 0, height = 0, orientation = 1 } = metadata;
  if (width * height > MAX_UPLOAD_PIXELS) throw uploadRefusal.tooManyPixels(fileName, width, height);
  if (width * height <= BACKGROUND_ABOVE_PIXELS) return undefined;
  const source = stripJpegMetadata(bytes, orientation);
  if (!source) return undefined; // a JPEG too odd to walk: makeVariants re-encodes it now
  try {
    const { data, info } = await sharp(source, { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: 'truncated' })
      .rotate()
      .resize({ width: DISPLAY_WIDTH, withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
    const [display, stats] = await Promise.all([sharp(data, raw).jpeg({ quality: 80 }).toBuffer(), sharp(data, raw).stats()]);
    const isTurned = orientation >= 5 && orientation <= 8;
    const { r, g, b } = stats.dominant;
    return {
      sourceFormat: 'jpeg',
      width: isTurned ? height : width,
      height: isTurned ? width : height,
      dominantColor: `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`,
      source,
      display: { format: 'jpeg', width: info.width, height: info.height, bytes: display },
    };
  } catch {
    throw uploadRefusal.damaged(fileName);
  }
}
