// The one address that takes files (multipart/form-data) instead of JSON, and how big its requests may be: one
// picture of up to MAX_UPLOAD_BYTES plus the form's framing. A bigger file is refused by the route with a message
// naming it, as long as the request is under this cap; beyond it the body is not read at all (413).
import { MAX_UPLOAD_BYTES } from '../../assets/index.ts';

export const UPLOAD_PATH = /^\/api\/sites\/[^/]+\/assets\/?$/;

export const MAX_UPLOAD_REQUEST_BYTES = MAX_UPLOAD_BYTES + 8 * 1024 * 1024;

export function isUploadRequest(method: string, path: string): boolean {
  return method === 'POST' && UPLOAD_PATH.test(path);
}
