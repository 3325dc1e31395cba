import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cameraPhoto, EXIF_MARKERS } from '../../../test/support/test-images.ts';
import { stripJpegMetadata } from './strip-jpeg-metadata.ts';

const photo = await cameraPhoto(640, 480, { orientation: 6 });
const hasMarker = (bytes: Buffer) => Object.values(EXIF_MARKERS).some((marker) => bytes.includes(Buffer.from(marker)));

describe('stripJpegMetadata', () => {
  it('drops EXIF and GPS, keeps the compressed picture byte for byte and the orientation', async () => {
    expect(hasMarker(photo)).toBe(true);
    const stripped = stripJpegMetadata(photo, 6)!;
    expect(hasMarker(stripped)).toBe(false);
    expect(stripped.includes(Buffer.from('GPS'))).toBe(false);
    const [before, after] = await Promise.all([sharp(photo).raw().toBuffer(), sharp(stripped).raw().toBuffer()]);
    expect(after.equals(before)).toBe(true); // not re-encoded
    const metadata = await sharp(stripped).metadata();
    expect([metadata.orientation, metadata.width, metadata.height]).toEqual([6, 640, 480]);
    expect((await sharp(stripped).rotate().toBuffer({ resolveWithObject: true })).info.width).toBe(480);
    expect(stripJpegMetadata(photo, 1)!.includes(Buffer.from('Exif\0\0'))).toBe(false);
  });

  it('drops what a phone appends after the picture (preview pictures carry their own EXIF) and comments', async () => {
    const withComment = Buffer.concat([photo.subarray(0, 2), Buffer.from([0xff, 0xfe, 0, 13]), Buffer.from('Exif Artist'), photo.subarray(2)]);
    const stripped = stripJpegMetadata(Buffer.concat([withComment, photo]))!;
    expect(hasMarker(stripped)).toBe(false);
    expect(stripped.includes(Buffer.from('Exif Artist'))).toBe(false);
    expect(stripped.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
    expect(stripped.length).toBeLessThan(photo.length);
  });

  it('gives up (undefined) on what is not a whole JPEG, so the caller re-encodes it', async () => {
    expect(stripJpegMetadata(await sharp(photo).png().toBuffer())).toBeUndefined();
    expect(stripJpegMetadata(photo.subarray(0, photo.length - 200))).toBeUndefined();
    expect(stripJpegMetadata(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff]))).toBeUndefined();
    expect(stripJpegMetadata(new Uint8Array(0))).toBeUndefined();
  });
});
