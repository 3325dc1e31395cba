// Reads a form submission's body as name/value pairs, whichever way it was sent: what an HTML form posts
// (application/x-www-form-urlencoded, or multipart/form-data), or a JSON object from an API client. The body is
// counted while it streams in and refused past `maxBytes`, whatever Content-Length claims.
import type { HonoRequest } from 'hono';
import { AppError } from '../errors.ts';
import type { SubmittedValue } from '../publish/index.ts';

export type FormEntries = [name: string, value: SubmittedValue][];

const ACCEPTED = 'application/x-www-form-urlencoded, multipart/form-data or application/json';

export function isJsonContentType(contentType: string | undefined): boolean {
  return /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i.test(contentType ?? '');
}

function tooLarge(maxBytes: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', { detail: `A form submission may be at most ${Math.round(maxBytes / 1024)} KB, so this one was not read. Shorten the message and send it again.` });
}

/** 413 at once when the declared length is already over the limit. */
export function refuseDeclaredOversize(request: Request, maxBytes: number): void {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
}

async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  refuseDeclaredOversize(request, maxBytes);
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function fromJson(text: string): FormEntries {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new AppError('MALFORMED_JSON', { cause: error });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new AppError('VALIDATION_FAILED', { detail: 'Send the fields as one JSON object, such as {"name": "Ann", "email": "ann@example.com"}.', errors: [{ path: 'body', message: 'Expected a JSON object of field names and values.' }] });
  }
  return Object.entries(parsed).flatMap(([name, value]): FormEntries => {
    if (typeof value === 'string') return [[name, value]];
    if (typeof value === 'number' || typeof value === 'boolean') return [[name, String(value)]];
    if (value === null) return [];
    // Arrays and objects are not field values; a field given one is reported as not text.
    return [[name, { isFile: true }]];
  });
}

/**
 * The body's name/value pairs; 413 past `maxBytes`, 415 for other media types. A JSON body is read through
 * Hono's cache (the input guard has already read and checked it); form bodies are counted as they stream in.
 */
export async function readFormEntries(honoRequest: HonoRequest, maxBytes: number): Promise<FormEntries> {
  const request = honoRequest.raw;
  const contentType = request.headers.get('content-type') ?? '';
  const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const isJson = isJsonContentType(contentType);
  if (essence !== 'application/x-www-form-urlencoded' && essence !== 'multipart/form-data' && !isJson) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { detail: `A form submission must be sent as ${ACCEPTED}; this one was ${contentType ? `"${contentType}"` : 'sent without a Content-Type'}.` });
  }
  if (isJson) {
    const text = await honoRequest.text();
    if (new TextEncoder().encode(text).byteLength > maxBytes) throw tooLarge(maxBytes);
    return fromJson(text);
  }
  const body = await readLimited(request, maxBytes);
  if (essence === 'application/x-www-form-urlencoded') return [...new URLSearchParams(new TextDecoder().decode(body))];
  let formData: FormData;
  try {
    formData = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch (error) {
    throw new AppError('BAD_REQUEST', { detail: 'The multipart/form-data body could not be read. Send the form again.', cause: error });
  }
  const entries: FormEntries = [];
  formData.forEach((value, name) => entries.push([name, typeof value === 'string' ? value : { isFile: true }]));
  return entries;
}
