import { randomUUID } from 'node:crypto';
import type { AssetStatus, Db, StoredVariant } from '../store/index.ts';
import type { BlobStore } from './blob-store.ts';
import { extractPalette } from './images/extract-palette.ts';
import { makeVariants, type ImageVariant } from './images/make-variants.ts';
import { prepareLargeUpload } from './images/prepare-large-upload.ts';
import { suggestAlt } from './suggest-alt.ts';

/** An uploaded picture of one site, as the editor and the renderer see it. */
export interface Asset {
  id: string;
  siteId: string;
  fileName: string;
  /** What the picture shows, for people who can't see it; '' until someone writes it (publishing asks). */
  alt: string;
  /** An alt text offered from the file name, or ''. */
  suggestedAlt: string;
  width: number;
  height: number;
  hasAlpha: boolean;
  dominantColor: string;
  sourceFormat: string;
  /** Storage the variants take, in bytes. */
  bytes: number;
  /** Its published variants; while `processing`, one display-size JPEG. */
  variants: StoredVariant[];
  /** `processing` while a background job makes the variants of a large photo; `failed` when it could not (see `failure`). */
  status: AssetStatus;
  /** Why the variants could not be made, for the person; null unless `failed`. */
  failure: string | null;
  createdBy: string | null;
  createdAt: Date;
}

export interface AssetDeps {
  db: Db;
  blobs: BlobStore;
  clock: () => Date;
}

const COLUMNS = ['id', 'site_id', 'file_name', 'alt', 'source_format', 'width', 'height', 'has_alpha', 'dominant_color', 'bytes', 'variants', 'status', 'failure', 'created_by', 'created_at'] as const;

type AssetRow = { id: string; site_id: string; file_name: string; alt: string; source_format: string; width: number; height: number; has_alpha: boolean; dominant_color: string; bytes: string; variants: StoredVariant[]; status: AssetStatus; failure: string | null; created_by: string | null; created_at: Date };

function toAsset(row: AssetRow): Asset {
  return {
    id: row.id,
    siteId: row.site_id,
    fileName: row.file_name,
    alt: row.alt,
    suggestedAlt: suggestAlt(row.file_name),
    width: row.width,
    height: row.height,
    hasAlpha: row.has_alpha,
    dominantColor: row.dominant_color,
    sourceFormat: row.source_format,
    bytes: Number(row.bytes),
    variants: row.variants,
    status: row.status,
    failure: row.failure,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

/** A file name fit to show and store: its last path segment, control characters removed, at most 200 characters. */
export function cleanFileName(name: string): string {
  const cleaned = name.replace(/^.*[\\/]/, '').replace(/\p{Cc}/gu, '').trim();
  return (cleaned || 'picture').slice(0, 200);
}

/** Stores each variant in the blob store. */
export async function storeVariants(blobs: BlobStore, variants: readonly ImageVariant[]): Promise<StoredVariant[]> {
  const stored: StoredVariant[] = [];
  for (const variant of variants) {
    stored.push({ format: variant.format, width: variant.width, height: variant.height, hash: await blobs.put(variant.bytes), size: variant.bytes.byteLength });
  }
  return stored;
}

const totalSize = (variants: readonly StoredVariant[]) => variants.reduce((total, variant) => total + variant.size, 0);

export interface UploadInput {
  siteId: string;
  userId: string;
  fileName: string;
  bytes: Uint8Array;
  /** Known already (a picture made from a description); '' otherwise. */
  alt?: string;
  /**
   * Hands a large photo's id to the background job that makes its variants (finishPicture). Without it every
   * upload gets its variants before this resolves.
   */
  enqueue?: (assetId: string) => Promise<void>;
}

/**
 * Stores an upload: checks it and makes its variants (makeVariants refuses anything that is not a usable picture,
 * naming the file), puts each variant in the blob store, then records the asset in one insert. Nothing is recorded
 * unless every variant is stored; a variant stored for an upload that then fails is an unreferenced blob, which
 * content addressing makes harmless (the same bytes uploaded again reuse it).
 *
 * With `enqueue`, a large photo (prepareLargeUpload) is checked as fully, then stored without its metadata beside
 * one display-size file and recorded as `processing`; the job makes the rest. If the job cannot be handed over,
 * the row is removed again and the upload fails.
 */
export async function uploadAsset(deps: AssetDeps, input: UploadInput): Promise<Asset> {
  const fileName = cleanFileName(input.fileName);
  const alt = (input.alt ?? '').trim().slice(0, 300);
  const large = input.enqueue ? await prepareLargeUpload(input.bytes, fileName) : undefined;
  if (large && input.enqueue) {
    const sourceHash = await deps.blobs.put(large.source);
    const variants = await storeVariants(deps.blobs, [large.display]);
    const row = await deps.db
      .insertInto('assets')
      .values({ id: randomUUID(), site_id: input.siteId, file_name: fileName, alt, source_format: large.sourceFormat, width: large.width, height: large.height, has_alpha: false, dominant_color: large.dominantColor, bytes: totalSize(variants), variants: JSON.stringify(variants), status: 'processing', source_hash: sourceHash, created_by: input.userId, created_at: deps.clock() })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    try {
      await input.enqueue(row.id);
    } catch (error) {
      await deps.db.deleteFrom('assets').where('id', '=', row.id).execute();
      throw error;
    }
    return toAsset(row);
  }
  const image = await makeVariants(input.bytes, fileName);
  const variants = await storeVariants(deps.blobs, image.variants);
  const row = await deps.db
    .insertInto('assets')
    .values({
      id: randomUUID(),
      site_id: input.siteId,
      file_name: fileName,
      alt,
      source_format: image.sourceFormat,
      width: image.width,
      height: image.height,
      has_alpha: image.hasAlpha,
      dominant_color: image.dominantColor,
      bytes: totalSize(variants),
      variants: JSON.stringify(variants),
      created_by: input.userId,
      created_at: deps.clock(),
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toAsset(row);
}

/** A site's library: its pictures not deleted, newest first. */
export async function listAssets(db: Db, siteId: string): Promise<Asset[]> {
  const rows = await db.selectFrom('assets').select(COLUMNS).where('site_id', '=', siteId).where('deleted_at', 'is', null).orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map(toAsset);
}

/** One picture of the site, or undefined; `includeDeleted` for showing older versions of the site. */
export async function getAsset(db: Db, siteId: string, assetId: string, { includeDeleted = false } = {}): Promise<Asset | undefined> {
  let query = db.selectFrom('assets').select(COLUMNS).where('site_id', '=', siteId).where('id', '=', assetId);
  if (!includeDeleted) query = query.where('deleted_at', 'is', null);
  const row = await query.executeTakeFirst();
  return row ? toAsset(row) : undefined;
}

/**
 * A picture's dominant colours, most-used first (`#rrggbb`, at most 5), read from its smallest raster file — for
 * offering a logo's colours as theme colours. Undefined when the library has no such picture.
 */
export async function assetPalette(deps: Pick<AssetDeps, 'db' | 'blobs'>, siteId: string, assetId: string): Promise<string[] | undefined> {
  const asset = await getAsset(deps.db, siteId, assetId);
  if (!asset) return undefined;
  const smallest = asset.variants.filter((variant) => variant.format === 'png' || variant.format === 'jpeg').sort((a, b) => a.width - b.width)[0];
  const bytes = smallest && (await deps.blobs.get(smallest.hash));
  return bytes ? extractPalette(bytes) : [];
}

/** Sets a picture's alt text; undefined when the site has no such picture. */
export async function setAssetAlt(db: Db, siteId: string, assetId: string, alt: string): Promise<Asset | undefined> {
  const row = await db.updateTable('assets').set({ alt }).where('site_id', '=', siteId).where('id', '=', assetId).where('deleted_at', 'is', null).returning(COLUMNS).executeTakeFirst();
  return row ? toAsset(row) : undefined;
}

/**
 * Takes a picture out of the library (the caller has checked no current version uses it); older versions keep
 * showing it. False when the library has no such picture.
 */
export async function deleteAsset(db: Db, siteId: string, assetId: string, at: Date): Promise<boolean> {
  const result = await db.updateTable('assets').set({ deleted_at: at }).where('site_id', '=', siteId).where('id', '=', assetId).where('deleted_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Storage the libraries of every site this site's owners own take, in bytes: the account a plan will measure (a
 * site with two owners counts once).
 */
export async function ownerStorageBytes(db: Db, siteId: string): Promise<number> {
  const owners = db.selectFrom('site_members').select('user_id').where('site_id', '=', siteId).where('role', '=', 'owner');
  const ownedSites = db.selectFrom('site_members').select('site_id').where('role', '=', 'owner').where('user_id', 'in', owners);
  const row = await db
    .selectFrom('assets')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('bytes'), eb.val('0')).as('total'))
    .where('site_id', 'in', ownedSites)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** Storage a site's library takes, in bytes. */
export async function siteStorageBytes(db: Db, siteId: string): Promise<number> {
  const row = await db.selectFrom('assets').select((eb) => eb.fn.coalesce(eb.fn.sum<string>('bytes'), eb.val('0')).as('total')).where('site_id', '=', siteId).where('deleted_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.total);
}
