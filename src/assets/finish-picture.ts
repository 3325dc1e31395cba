import { AppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { makeVariants } from './images/make-variants.ts';
import { storeVariants, type AssetDeps } from './site-assets.ts';

export interface PictureJobDeps extends AssetDeps {
  logger: Logger;
}

/** What the library says when the job gave up for a reason that is not the file's fault. */
export const PICTURE_NOT_PREPARED = 'The sizes of this picture could not be prepared. Upload it again; if that fails too, save a new copy on your computer and upload that.';

/** Marks a picture still `processing` as failed, saying why; its display file stays, nothing the job made is referenced. */
export async function failPicture(deps: Pick<AssetDeps, 'db'>, assetId: string, reason: string): Promise<void> {
  await deps.db.updateTable('assets').set({ status: 'failed', failure: reason, source_hash: null }).where('id', '=', assetId).where('status', '=', 'processing').execute();
}

/**
 * The background half of a large upload (uploadAsset with `enqueue`): makes every variant from the stored source,
 * then records them, the storage they take and `ready` in one update — so a job that fails half-way leaves only
 * unreferenced blobs. A file makeVariants refuses (damage found late, a source that is gone) marks the picture
 * failed with the reason, and is not retried: it would fail the same way. Any other error is thrown, so the queue
 * retries it; on the last attempt the picture is marked failed first. A picture no longer `processing` (done, or
 * failed) is left alone, so a repeated job changes nothing.
 */
/**
 * Once a picture's sizes exist, its original goes: PageHub keeps only what it made for screens (no upload is kept
 * as it came). Not while another picture still being prepared was made from the same file.
 */
async function dropSource(deps: PictureJobDeps, sourceHash: string): Promise<void> {
  const waiting = await deps.db.selectFrom('assets').select('id').where('source_hash', '=', sourceHash).where('status', '=', 'processing').executeTakeFirst();
  if (!waiting) await deps.blobs.delete(sourceHash);
}

export async function finishPicture(deps: PictureJobDeps, assetId: string, { isLastAttempt = true }: { isLastAttempt?: boolean } = {}): Promise<void> {
  const row = await deps.db.selectFrom('assets').select(['id', 'file_name', 'status', 'source_hash']).where('id', '=', assetId).executeTakeFirst();
  if (!row || row.status !== 'processing') return;
  try {
    const source = row.source_hash ? await deps.blobs.get(row.source_hash) : undefined;
    if (!source) {
      deps.logger.warn({ assetId, sourceHash: row.source_hash }, 'A picture job found no stored source');
      return await failPicture(deps, assetId, `"${row.file_name}" is no longer stored, so its sizes could not be prepared. Upload the picture again.`);
    }
    const image = await makeVariants(source, row.file_name);
    const variants = await storeVariants(deps.blobs, image.variants);
    await deps.db
      .updateTable('assets')
      .set({ variants: JSON.stringify(variants), bytes: variants.reduce((total, variant) => total + variant.size, 0), dominant_color: image.dominantColor, status: 'ready', failure: null, source_hash: null })
      .where('id', '=', assetId)
      .where('status', '=', 'processing')
      .execute();
    await dropSource(deps, row.source_hash!);
  } catch (error) {
    if (error instanceof AppError) {
      deps.logger.warn({ assetId, code: error.code }, 'A picture job refused its source');
      return failPicture(deps, assetId, error.detail);
    }
    deps.logger.error({ err: error, assetId, isLastAttempt }, 'A picture job failed');
    if (isLastAttempt) await failPicture(deps, assetId, PICTURE_NOT_PREPARED);
    throw error;
  }
}

/** finishPicture and failPicture as the job queue runs them (src/jobs startPictureWorker, inProcessPictureQueue). */
export function pictureWork(deps: PictureJobDeps) {
  return {
    finish: (assetId: string, context: { isLastAttempt: boolean }) => finishPicture(deps, assetId, context),
    abandon: (assetId: string) => failPicture(deps, assetId, PICTURE_NOT_PREPARED),
    logger: deps.logger,
  };
}
