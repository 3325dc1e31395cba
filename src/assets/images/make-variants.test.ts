import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { cameraPhoto, EXIF_MARKERS, hostileUploads, pngLogo } from '../../../test/support/test-images.ts';
import { cleanSvgLogo } from '../../../test/support/test-svgs.ts';
import { makeVariants, variantWidths } from './make-variants.ts';

const contains = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'latin1'));

describe('makeVariants', () => {
  it('makes AVIF, WebP and JPEG at each width up to the photo’s, carrying none of its EXIF or GPS', async () => {
    const photo = await cameraPhoto(3000, 2000);
    for (const marker of Object.values(EXIF_MARKERS)) expect(contains(photo, marker)).toBe(true);
    expect(contains(photo, 'Exif')).toBe(true);

    const image = await makeVariants(photo, 'IMG_2041.JPG');
    expect(image).toMatchObject({ sourceFormat: 'jpeg', width: 3000, height: 2000, hasAlpha: false });
    expect(image.dominantColor).toMatch(/^#[0-9a-f]{6}$/);
    expect(image.variants.map((variant) => `${variant.format}@${variant.width}x${variant.height}`).sort()).toEqual(
      ['avif', 'webp', 'jpeg'].flatMap((format) => [480, 960, 1600, 2400].map((width) => `${format}@${width}x${Math.round((width * 2) / 3)}`)).sort(),
    );
    for (const variant of image.variants) {
      const metadata = await sharp(variant.bytes).metadata();
      expect(metadata.format === 'heif' ? 'avif' : metadata.format).toBe(variant.format);
      expect([metadata.width, metadata.height]).toEqual([variant.width, variant.height]);
      expect(metadata.exif).toBeUndefined();
      for (const marker of [...Object.values(EXIF_MARKERS), 'Exif\0\0', 'GPS']) expect(contains(variant.bytes, marker)).toBe(false);
    }
  });

  it('applies the camera’s orientation and never scales up', async () => {
    const turned = await makeVariants(await cameraPhoto(800, 600, { orientation: 6 }), 'portrait.jpg');
    expect([turned.width, turned.height]).toEqual([600, 800]);
    expect([...new Set(turned.variants.map((variant) => variant.width))]).toEqual([480, 600]);
    expect(variantWidths(300)).toEqual([300]);
    expect(variantWidths(2400)).toEqual([480, 960, 1600, 2400]);
    expect(variantWidths(5000)).toEqual([480, 960, 1600, 2400]);
  });

  it('keeps a logo’s transparency with a PNG fallback', async () => {
    const logo = await makeVariants(await pngLogo(), 'logo.png');
    expect(logo).toMatchObject({ sourceFormat: 'png', width: 600, height: 200, hasAlpha: true });
    expect(new Set(logo.variants.map((variant) => variant.format))).toEqual(new Set(['avif', 'webp', 'png']));
    const corner = await sharp(logo.variants.find((variant) => variant.format === 'png' && variant.width === 600)!.bytes).raw().toBuffer({ resolveWithObject: true });
    expect(corner.info.channels).toBe(4);
    expect(corner.data[3]).toBe(0);
  });

  it('takes a clean SVG logo: keeps its sanitized drawing and draws it sharp at 1600 pixels for the raster variants', async () => {
    const logo = await makeVariants(Buffer.from(cleanSvgLogo), 'logo.svg');
    expect(logo).toMatchObject({ sourceFormat: 'svg', width: 1600, height: 533, hasAlpha: true });
    const drawing = logo.variants.find((variant) => variant.format === 'svg')!;
    expect(drawing.bytes.toString('utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(drawing.bytes.toString('utf8')).not.toContain('Exported by');
    expect(new Set(logo.variants.filter((variant) => variant.format !== 'svg').map((variant) => `${variant.format}@${variant.width}`))).toEqual(
      new Set(['avif', 'webp', 'png'].flatMap((format) => [480, 960, 1600].map((width) => `${format}@${width}`))),
    );
    // Drawn, not scaled up from 300 pixels: the circle's edge at 1600 wide is one pixel of blend, not five.
    const { data } = await sharp(logo.variants.find((variant) => variant.format === 'png' && variant.width === 1600)!.bytes).raw().toBuffer({ resolveWithObject: true });
    const row = 266 * 1600 * 4;
    const blended = Array.from({ length: 533 }, (_, x) => data[row + x * 4 + 3]!).filter((alpha) => alpha > 10 && alpha < 245);
    expect(blended.length).toBeLessThanOrEqual(4);
  });

  it('refuses hostile and broken files, naming the file and the reason', async () => {
    for (const upload of await hostileUploads()) {
      const refusal = await makeVariants(upload.bytes, upload.name).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refusal, upload.name).toBeInstanceOf(AppError);
      expect((refusal as AppError).status, upload.name).toBe(upload.status);
      expect((refusal as AppError).detail, upload.name).toMatch(upload.says);
      expect((refusal as AppError).errors?.[0]?.path).toBe('body/file');
    }
  });
});
