import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../errors.ts';
import type { AppEnv } from '../app-env.ts';

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Refuses bodies over `maxBytes` with 413 before they are read whole (Content-Length, or counted while streaming). */
export function bodySizeLimit(maxBytes: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE', { detail: `The request body is larger than ${maxBytes} bytes, so it was not read. Send a smaller body.` });
    },
  });
}
