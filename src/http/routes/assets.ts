import { createRoute, z } from '@hono/zod-openapi';
import type { Asset } from '../../assets/index.ts';
import { AppError, appError } from '../../errors.ts';
import { SVG_CONTENT_SECURITY_POLICY } from '../../publish/index.ts';
import type { Router } from '../app-env.ts';
import { auditRequest } from '../audit.ts';
import { consumeOrThrow, createLimiter } from '../middleware/rate-limit.ts';
import { DEFAULT_UPLOAD_LIMIT } from '../middleware/rate-limit-policies.ts';
import { problemResponses } from '../problem.ts';
import { jsonBody, jsonResponse, signedIn, SiteIdParams } from '../schemas.ts';

const EXTENSIONS = { avif: 'avif', webp: 'webp', jpeg: 'jpg', png: 'png', svg: 'svg' } as const;
const CONTENT_TYPES: Record<string, string> = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png', svg: 'image/svg+xml' };

const VariantSchema = z.object({ url: z.string(), format: z.enum(['avif', 'webp', 'jpeg', 'png', 'svg']), width: z.number().int(), height: z.number().int(), bytes: z.number().int() }).openapi('AssetVariant');

const AssetSchema = z
  .object({
    id: z.string(),
    url: z.string().openapi({ description: 'The largest JPEG or PNG variant, for previews in the editor.' }),
    fileName: z.string(),
    alt: z.string().openapi({ description: 'What the picture shows; empty until written (publishing asks for it).' }),
    suggestedAlt: z.string().openapi({ description: 'An alt text offered from the file name, or empty.' }),
    width: z.number().int(),
    height: z.number().int(),
    dominantColor: z.string().openapi({ example: '#a0643c' }),
    bytes: z.number().int().openapi({ description: 'Storage the variants take.' }),
    createdAt: z.string(),
    status: z.enum(['processing', 'ready', 'failed']).openapi({ description: '`processing`: a large photo whose sizes are still being made — `variants` holds one display-size JPEG meanwhile (poll this asset until `ready`); `failed`: they could not be made, `failure` says why.' }),
    failure: z.string().nullable().openapi({ description: 'Why the picture’s sizes could not be made, in words for the person; null unless `failed`.' }),
    variants: z.array(VariantSchema),
  })
  .openapi('Asset');

const AssetUseSchema = z.object({ place: z.string().openapi({ example: 'Home › Hero' }), pageId: z.string().optional(), sectionId: z.string().optional() }).openapi('AssetUse');

const AssetParams = SiteIdParams.extend({ assetId: z.string().min(1).max(100).openapi({ param: { name: 'assetId', in: 'path' } }) });
const VariantParams = AssetParams.extend({
  file: z.string().regex(/^\d{1,5}\.(avif|webp|jpg|png|svg)$/, 'Name a variant as <width>.<avif|webp|jpg|png|svg>').openapi({ param: { name: 'file', in: 'path' }, example: '960.webp' }),
});

const uploadRoute = createRoute({
  method: 'post', path: '/api/sites/{id}/assets', tags: ['assets'], operationId: 'uploadAsset', security: signedIn,
  summary: 'Upload a picture (owners and editors): JPEG, PNG, WebP, AVIF, GIF or SVG up to 15 MB and 40 megapixels',
  description: 'multipart/form-data with one file in the field `file`. The bytes decide the type; the picture is stored without its metadata (EXIF, GPS) in AVIF, WebP and JPEG or PNG at 480, 960, 1600 and 2400 pixels wide (never wider than the original). A JPEG over 4 megapixels is answered at once: it is checked as fully (type, size, pixel limit, every pixel decoded, orientation), stored without its metadata, and answered with `status: "processing"` and one display-size JPEG; a background job makes the other sizes and sets `ready` (or `failed` with a `failure`). An SVG drawing is refused (422, naming the file and the reason) when it could run or load anything — scripts, event handlers, foreignObject, outside or javascript: links, @import, DOCTYPE/entities; a clean one is rebuilt from an allow-list, kept as an `svg` variant and drawn at 1600 pixels for the raster variants.',
  request: { params: SiteIdParams, body: { required: true, content: { 'multipart/form-data': { schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }) } } } },
  responses: { 201: jsonResponse('The stored picture', z.object({ asset: AssetSchema })), ...problemResponses(400, 401, 402, 403, 404, 413, 415, 422, 429) },
});

const listRoute = createRoute({
  method: 'get', path: '/api/sites/{id}/assets', tags: ['assets'], operationId: 'listAssets', security: signedIn,
  summary: 'The site’s picture library, newest first, and the storage it takes',
  request: { params: SiteIdParams },
  responses: { 200: jsonResponse('Pictures', z.object({ assets: z.array(AssetSchema), storage: z.object({ bytes: z.number().int(), ownerBytes: z.number().int().openapi({ description: 'What the pictures of every site this site’s owners own take: what a plan measures.' }) }) })), ...problemResponses(401, 404) },
});

const getRoute = createRoute({
  method: 'get', path: '/api/sites/{id}/assets/{assetId}', tags: ['assets'], operationId: 'getAsset', security: signedIn,
  summary: 'One picture and every place the site shows it',
  request: { params: AssetParams },
  responses: { 200: jsonResponse('The picture', z.object({ asset: AssetSchema, usedIn: z.array(AssetUseSchema) })), ...problemResponses(401, 404) },
});

const paletteRoute = createRoute({
  method: 'get', path: '/api/sites/{id}/assets/{assetId}/palette', tags: ['assets'], operationId: 'getAssetPalette', security: signedIn,
  summary: 'A picture’s dominant colours, most-used first (3–5 for a logo): what the Theme panel offers as theme colours',
  request: { params: AssetParams },
  responses: { 200: jsonResponse('The colours', z.object({ palette: z.array(z.string().openapi({ example: '#1d4ed8' })).max(5) })), ...problemResponses(401, 404) },
});

const variantRoute = createRoute({
  method: 'get', path: '/api/sites/{id}/assets/{assetId}/{file}', tags: ['assets'], operationId: 'getAssetVariant', security: signedIn,
  summary: 'The bytes of one variant, for the editor (published sites serve their own copies)',
  request: { params: VariantParams },
  responses: { 200: { description: 'The image', content: { 'image/avif': { schema: z.string().openapi({ format: 'binary' }) }, 'image/webp': { schema: z.string().openapi({ format: 'binary' }) }, 'image/jpeg': { schema: z.string().openapi({ format: 'binary' }) }, 'image/png': { schema: z.string().openapi({ format: 'binary' }) }, 'image/svg+xml': { schema: z.string() } } }, ...problemResponses(400, 401, 404) },
});

const updateRoute = createRoute({
  method: 'patch', path: '/api/sites/{id}/assets/{assetId}', tags: ['assets'], operationId: 'updateAsset', security: signedIn,
  summary: 'Set a picture’s alt text (owners and editors)',
  request: { params: AssetParams, body: jsonBody(z.object({ alt: z.string().trim().max(300, 'Keep alt text under 300 characters: say what the picture shows') })) },
  responses: { 200: jsonResponse('The picture', z.object({ asset: AssetSchema })), ...problemResponses(400, 401, 402, 403, 404, 429) },
});

const deleteRoute = createRoute({
  method: 'delete', path: '/api/sites/{id}/assets/{assetId}', tags: ['assets'], operationId: 'deleteAsset', security: signedIn,
  summary: 'Take a picture out of the library (owners and editors); 409 naming the places while the site shows it',
  request: { params: AssetParams },
  responses: { 204: { description: 'Deleted' }, ...problemResponses(401, 403, 404, 409, 429) },
});

function serialize(siteId: string, asset: Asset) {
  const url = (width: number, format: keyof typeof EXTENSIONS) => `/api/sites/${siteId}/assets/${asset.id}/${width}.${EXTENSIONS[format]}`;
  const fallback = asset.variants.filter((variant) => variant.format === 'jpeg' || variant.format === 'png').at(-1);
  return {
    id: asset.id,
    url: fallback ? url(fallback.width, fallback.format) : '',
    fileName: asset.fileName,
    alt: asset.alt,
    suggestedAlt: asset.suggestedAlt,
    width: asset.width,
    height: asset.height,
    dominantColor: asset.dominantColor,
    bytes: asset.bytes,
    createdAt: asset.createdAt.toISOString(),
    status: asset.status,
    failure: asset.failure,
    variants: asset.variants.map((variant) => ({ url: url(variant.width, variant.format), format: variant.format, width: variant.width, height: variant.height, bytes: variant.size })),
  };
}

const noSuchAsset = (assetId: string) => appError('NOT_FOUND', `This site has no picture with id "${assetId}" in its library.`);

/** The one file of a multipart upload, or a 400 saying what is wrong with the form. */
function uploadedFile(form: { file?: unknown }): File {
  const value = form.file;
  const field = (message: string) => new AppError('VALIDATION_FAILED', { detail: message, errors: [{ path: 'body/file', message }] });
  if (Array.isArray(value)) throw field('Send one picture per request (the editor uploads several side by side).');
  if (!(value instanceof File)) throw field('Put the picture in the form field "file".');
  return value;
}

export const registerAssetRoutes: Router = (app, { database, sites, rateLimits, billing }) => {
  const uploads = createLimiter(database, 'uploads-user', rateLimits?.uploadsPerUser ?? DEFAULT_UPLOAD_LIMIT);

  app.openapi(
    uploadRoute,
    async (c) => {
      const { id } = c.req.valid('param');
      const site = await sites.forSite(c, id, 'editor', { changesContent: true });
      await consumeOrThrow(uploads, c.get('user')?.id ?? 'unknown');
      const file = uploadedFile(c.req.valid('form'));
      // The plan's storage is measured on what is stored; the upload's own size is a fair stand-in beforehand.
      await billing.requireSiteWithin(id, 'storageBytes', { adding: file.size });
      const asset = await site.assets.upload(file.name, new Uint8Array(await file.arrayBuffer()), { inBackground: true });
      await auditRequest(c, database.db, { siteId: id, action: 'asset.upload', target: asset.id, details: { fileName: asset.fileName, bytes: asset.bytes, status: asset.status } });
      return c.json({ asset: serialize(id, asset) }, 201);
    },
  );

  app.openapi(listRoute, async (c) => {
    const { id } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'viewer');
    const [assets, bytes, ownerBytes] = await Promise.all([site.assets.list(), site.assets.storageBytes(), site.assets.ownerStorageBytes()]);
    return c.json({ assets: assets.map((asset) => serialize(id, asset)), storage: { bytes, ownerBytes } }, 200);
  });

  app.openapi(getRoute, async (c) => {
    const { id, assetId } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'viewer');
    const asset = await site.assets.get(assetId);
    if (!asset) throw noSuchAsset(assetId);
    return c.json({ asset: serialize(id, asset), usedIn: await site.assets.uses(assetId) }, 200);
  });

  // Before the variant route, whose {file} would otherwise take "palette" and refuse it as a file name.
  app.openapi(paletteRoute, async (c) => {
    const { id, assetId } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'viewer');
    const palette = await site.assets.palette(assetId);
    if (!palette) throw noSuchAsset(assetId);
    return c.json({ palette }, 200);
  });

  app.openapi(variantRoute, async (c) => {
    const { id, assetId, file } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'viewer');
    const asset = await site.assets.get(assetId);
    const [width, extension] = file.split('.') as [string, string];
    const variant = asset?.variants.find((candidate) => candidate.width === Number(width) && EXTENSIONS[candidate.format] === extension);
    const bytes = variant && (await site.assets.readBlob(variant.hash));
    if (!bytes) throw appError('NOT_FOUND', `This picture has no ${file} variant.`);
    const headers: Record<string, string> = { 'Content-Type': CONTENT_TYPES[extension]!, 'Cache-Control': 'private, max-age=31536000, immutable', 'X-Content-Type-Options': 'nosniff' };
    if (extension === 'svg') headers['Content-Security-Policy'] = SVG_CONTENT_SECURITY_POLICY;
    return c.body(new Uint8Array(bytes), 200, headers);
  });

  app.openapi(updateRoute, async (c) => {
    const { id, assetId } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'editor', { changesContent: true });
    const asset = await site.assets.setAlt(assetId, c.req.valid('json').alt);
    if (!asset) throw noSuchAsset(assetId);
    return c.json({ asset: serialize(id, asset) }, 200);
  });

  app.openapi(deleteRoute, async (c) => {
    const { id, assetId } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'editor');
    if (!(await site.assets.delete(assetId))) throw noSuchAsset(assetId);
    await auditRequest(c, database.db, { siteId: id, action: 'asset.delete', target: assetId });
    return c.body(null, 204);
  });
};
