// Which encoding to send, from Accept-Encoding: brotli, then gzip, then the bytes as stored — the highest
// q-value wins, ties in that order; `q=0` refuses one. Parsed headers are remembered (browsers send a handful
// of distinct values), so the hot path is one Map lookup.

export type Encoding = 'br' | 'gzip' | 'identity';

const remembered = new Map<string, Encoding>();
const REMEMBERED_LIMIT = 256;

function parse(header: string): Encoding {
  let br = -1;
  let gzip = -1;
  let any = -1;
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim());
    let quality = 1;
    for (const parameter of parameters) {
      const value = /^q\s*=\s*([0-9.]+)$/.exec(parameter)?.[1];
      if (value !== undefined) quality = Number(value) || 0;
    }
    if (name === 'br') br = quality;
    else if (name === 'gzip' || name === 'x-gzip') gzip = quality;
    else if (name === '*') any = quality;
  }
  if (br === -1) br = any;
  if (gzip === -1) gzip = any;
  if (br > 0 && br >= gzip) return 'br';
  if (gzip > 0) return 'gzip';
  return 'identity';
}

export function preferredEncoding(header: string | undefined): Encoding {
  if (!header) return 'identity';
  let encoding = remembered.get(header);
  if (encoding === undefined) {
    encoding = parse(header);
    if (remembered.size >= REMEMBERED_LIMIT) remembered.clear();
    remembered.set(header, encoding);
  }
  return encoding;
}
