// The curated web fonts' files for the editor: the preview and the font picker load them from here (published
// sites carry their own fingerprinted copies). Public, like the font files themselves (OFL / Apache licences).
import { createRoute, z } from '@hono/zod-openapi';
import { createFontFiles } from '../../publish/index.ts';
import { appError } from '../../errors.ts';
import type { Router } from '../app-env.ts';
import { problemResponses } from '../problem.ts';
import { everyone } from '../schemas.ts';

const FontParams = z.object({ file: z.string().max(100).openapi({ param: { name: 'file', in: 'path' }, example: 'inter-latin-400-normal.woff2' }) });

const fontRoute = createRoute({
  method: 'get', path: '/api/fonts/{file}', tags: ['platform'], operationId: 'getFontFile', security: everyone,
  summary: 'One curated web font file (woff2), for the editor’s preview and font picker',
  request: { params: FontParams },
  responses: { 200: { description: 'The font file', content: { 'font/woff2': { schema: z.string().openapi({ format: 'binary' }) } } }, ...problemResponses(404) },
});

export const registerFontRoutes: Router = (app) => {
  const fonts = createFontFiles();
  app.openapi(fontRoute, async (c) => {
    const { file } = c.req.valid('param');
    const font = await fonts.read(file);
    if (!font) throw appError('NOT_FOUND', `PageHub has no font file "${file}".`);
    // The preview is a sandboxed frame (origin "null") and browsers fetch fonts in CORS mode: public files say so.
    return c.body(new Uint8Array(font.bytes), 200, {
      'Content-Type': 'font/woff2',
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
  });
};
