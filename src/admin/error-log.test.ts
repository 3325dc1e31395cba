import { describe, expect, it } from 'vitest';
import { errorFingerprint, maskSecrets, safeContext, validationErrorsOf } from './error-log.ts';

function errorWithStack(name: string, frames: string[]): Error {
  const error = new Error('boom');
  error.name = name;
  error.stack = [`${name}: boom`, ...frames.map((frame) => `    at ${frame}`)].join('\n');
  return error;
}

const FRAMES = ['planEdit (/srv/pagehub/src/ai/edit.ts:12:5)', 'async handler (/srv/pagehub/src/http/routes/edit.ts:90:11)', 'dispatch (/srv/pagehub/node_modules/hono/dist/compose.js:22:17)'];

describe('error fingerprints', () => {
  it('stay the same when only line numbers or the install directory change', () => {
    const moved = FRAMES.map((frame) => frame.replace('/srv/pagehub', '/opt/other').replace(/:\d+:\d+/, ':99:1'));
    expect(errorFingerprint(errorWithStack('TypeError', moved), 'POST /api/sites/:id/edit', 'http')).toBe(errorFingerprint(errorWithStack('TypeError', FRAMES), 'POST /api/sites/:id/edit', 'http'));
  });

  it('differ by error name, by route, by source and by the frames in our code', () => {
    const base = errorFingerprint(errorWithStack('TypeError', FRAMES), 'POST /api/sites/:id/edit', 'http');
    expect(errorFingerprint(errorWithStack('RangeError', FRAMES), 'POST /api/sites/:id/edit', 'http')).not.toBe(base);
    expect(errorFingerprint(errorWithStack('TypeError', FRAMES), 'GET /api/sites/:id', 'http')).not.toBe(base);
    expect(errorFingerprint(errorWithStack('TypeError', FRAMES), 'POST /api/sites/:id/edit', 'ai_edit')).not.toBe(base);
    expect(errorFingerprint(errorWithStack('TypeError', ['other (/srv/pagehub/src/ai/other.ts:1:1)', ...FRAMES]), 'POST /api/sites/:id/edit', 'http')).not.toBe(base);
  });
});

describe('what the error log stores', () => {
  it('masks emails, credentials in addresses and API keys', () => {
    expect(maskSecrets('no account for jo.doe+shop@example.co.uk at postgres://pagehub:hunter2@db:5432/x with sk_live_abc123 and Bearer eyJhbGci.x.y')).toBe(
      'no account for [email] at postgres://[credentials]@db:5432/x with [secret] and [secret]',
    );
  });

  it('keeps ids and codes only: prompts, emails, objects and unknown keys are dropped', () => {
    const context = { siteId: 'site_1', userId: 'u-2', code: 'INTERNAL', attempt: 2, prompt: 'make it green', email: 'a@b.co', ownerId: 'a@b.co', jobId: { nested: true } as unknown as string, note: 'x' };
    expect(safeContext(context)).toEqual({ siteId: 'site_1', userId: 'u-2', code: 'INTERNAL', attempt: 2 });
  });

  it('keeps what failed validation without the quoted text, masked and capped; nothing for errors without it', () => {
    const refused = Object.assign(new Error('refused'), {
      errors: [{ path: 'operations/0/value', message: 'Contains an HTML tag: "<b>Call jo@example.com</b>"' }, { path: 'x', message: 'Written to “Dear Jo”' }, 'junk', ...Array.from({ length: 30 }, (_, index) => ({ path: `p${index}`, message: 'm' }))],
    });
    const kept = validationErrorsOf(refused)!;
    expect(kept.slice(0, 2)).toEqual([{ path: 'operations/0/value', message: 'Contains an HTML tag: "…"' }, { path: 'x', message: 'Written to "…"' }]);
    expect(kept).toHaveLength(20);
    expect(validationErrorsOf(new Error('plain'))).toBeNull();
    expect(validationErrorsOf(Object.assign(new Error('empty'), { errors: [] }))).toBeNull();
  });
});
