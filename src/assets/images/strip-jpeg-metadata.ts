/**
 * A JPEG without its metadata, losslessly: the compressed picture is copied byte for byte, and every segment that
 * can carry facts about the person or the camera is dropped — EXIF and XMP (APP1, GPS included), IPTC/Photoshop
 * (APP13), MPF and other APP2 data bar the colour profile, every other APPn but JFIF (APP0), comments — as is
 * whatever follows the picture's end (phones append preview pictures there, each with its own EXIF). Only the
 * camera's orientation survives, rewritten as a one-tag EXIF block, so the picture still turns the right way up.
 * Undefined when the bytes are not a JPEG this can walk (the caller then re-encodes instead).
 */
export function stripJpegMetadata(bytes: Uint8Array, orientation = 1): Buffer | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  const kept: Uint8Array[] = [Uint8Array.of(0xff, 0xd8)];
  if (orientation >= 2 && orientation <= 8) kept.push(orientationSegment(orientation));
  let offset = 2;
  let isInScan = false;
  while (offset < bytes.length) {
    if (isInScan) {
      // Entropy-coded data: 0xFF 0x00 is a stuffed byte, 0xFF 0xD0–D7 a restart marker; any other marker ends the scan.
      const start = offset;
      while (offset < bytes.length - 1 && !(bytes[offset] === 0xff && bytes[offset + 1] !== 0x00 && (bytes[offset + 1]! < 0xd0 || bytes[offset + 1]! > 0xd7))) offset += 1;
      if (offset >= bytes.length - 1) return undefined;
      kept.push(bytes.subarray(start, offset));
      isInScan = false;
      continue;
    }
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1];
    if (marker === undefined) return undefined;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) {
      kept.push(Uint8Array.of(0xff, 0xd9));
      return Buffer.concat(kept); // anything after the end of the picture is dropped
    }
    if (offset + 4 > bytes.length) return undefined;
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    const end = offset + 2 + length;
    if (length < 2 || end > bytes.length) return undefined;
    const segment = bytes.subarray(offset, end);
    if (isKept(marker, segment)) kept.push(segment);
    offset = end;
    if (marker === 0xda) isInScan = true;
  }
  return undefined;
}

const ICC_PROFILE = 'ICC_PROFILE\0';

function isKept(marker: number, segment: Uint8Array): boolean {
  if (marker === 0xfe) return false; // comment
  if (marker === 0xe0) return true; // JFIF
  if (marker === 0xe2) return Buffer.from(segment.subarray(4, 4 + ICC_PROFILE.length)).toString('latin1') === ICC_PROFILE;
  return marker < 0xe1 || marker > 0xef;
}

/** APP1 `Exif` holding one big-endian IFD with one tag: Orientation. */
function orientationSegment(orientation: number): Uint8Array {
  const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0];
  const body = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  const length = body.length + 2;
  return Uint8Array.of(0xff, 0xe1, length >> 8, length & 0xff, ...body);
}
