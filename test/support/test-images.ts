// Pictures for upload tests, made with sharp at run time: a camera-like photo carrying EXIF with GPS, a logo with
// transparency, and the hostile files the upload path must refuse.
import { crc32, createDeflate } from 'node:zlib';
import sharp from 'sharp';

/** Text the photo's EXIF carries, to look for in stored bytes. */
export const EXIF_MARKERS = { make: 'PageHubTestCam', model: 'GPS-Tagged-9000', artist: 'Exif Artist Marker' };

/** A photo-like JPEG (smooth colour fields with detail), `width` × `height`, with EXIF camera tags and a GPS position. */
export async function cameraPhoto(width = 4000, height = 3000, options: { orientation?: number } = {}): Promise<Buffer> {
  const cellsX = 40;
  const cellsY = Math.max(2, Math.round((cellsX * height) / width));
  const seed = Buffer.alloc(cellsX * cellsY * 3);
  for (let index = 0; index < seed.length; index += 1) seed[index] = (index * 97 + ((index * index) % 251)) % 256;
  const smooth = await sharp(seed, { raw: { width: cellsX, height: cellsY, channels: 3 } }).resize(width, height, { kernel: 'cubic' }).raw().toBuffer();
  let image = sharp(smooth, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 });
  image = image.withExif({
    IFD0: { Make: EXIF_MARKERS.make, Model: EXIF_MARKERS.model, Artist: EXIF_MARKERS.artist },
    IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 2600/100', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 3900/100' },
  });
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  return image.toBuffer();
}

/** What a fake image model answers: a small PNG (a warm gradient-like fill), `width` × `height`. */
export function generatedPicture(width = 96, height = 64): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#d9a066"/><circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 3}" fill="#8f563b"/></svg>`;
  return sharp(Buffer.from(svg)).flatten().png().toBuffer(); // opaque, as photos are
}

/** A 600 × 200 PNG logo: a coloured mark on a transparent background. */
export function pngLogo(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200"><circle cx="100" cy="100" r="80" fill="#c2410c"/><rect x="220" y="70" width="340" height="60" rx="12" fill="#1e3a8a"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Files that must be refused, each with what the refusal must say. */
export async function hostileUploads(): Promise<{ name: string; bytes: Buffer; status: number; says: RegExp }[]> {
  const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#8a6' } }).jpeg().toBuffer();
  const bomb = await decompressionBomb(20_000);
  const huge = Buffer.alloc(16 * 1024 * 1024, 0x41);
  huge.set(photo.subarray(0, 64));
  return [
    { name: 'holiday.jpg', bytes: Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'), status: 422, says: /"holiday\.jpg" is not a picture.*web page/ },
    { name: 'avatar.jpg', bytes: Buffer.from('<?php system($_GET["c"]); ?>'), status: 422, says: /"avatar\.jpg" is not a picture/ },
    { name: 'logo.svg', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><rect width="10" height="10"/></svg>'), status: 422, says: /"logo\.svg" was not stored: this SVG drawing has an event handler \(onload\), which runs a script/ },
    { name: 'badge.svg', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p xmlns="http://www.w3.org/1999/xhtml">hi</p></foreignObject></svg>'), status: 422, says: /"badge\.svg" was not stored: this SVG drawing embeds foreign content/ },
    { name: 'sprite.svg', bytes: Buffer.from('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaa">]><svg xmlns="http://www.w3.org/2000/svg"><text>&a;</text></svg>'), status: 422, says: /"sprite\.svg" was not stored: this SVG drawing declares a document type/ },
    { name: 'bomb.png', bytes: bomb, status: 422, says: /"bomb\.png" is 20000 × 20000 pixels \(400 megapixels\)/ },
    { name: 'cut-short.jpg', bytes: photo.subarray(0, Math.floor(photo.length / 2)), status: 422, says: /"cut-short\.jpg" could not be read: the file looks damaged/ },
    { name: 'huge.jpg', bytes: huge, status: 413, says: /"huge\.jpg" is 16 MB; a picture can be up to 15 MB/ },
  ];
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, checksum]);
}

/** A valid grey PNG of `side` × `side` pixels, all black: a few hundred KB on disk, side² bytes once decoded. */
async function decompressionBomb(side: number): Promise<Buffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const deflate = createDeflate({ level: 9 });
  const compressed: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => compressed.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const rows = Buffer.alloc((side + 1) * 500);
  for (let written = 0; written < side; written += 500) deflate.write(rows);
  deflate.end();
  await done;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', Buffer.concat(compressed)), pngChunk('IEND', Buffer.alloc(0))]);
}
