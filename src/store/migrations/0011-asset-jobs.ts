/**
 * Large photos are stored at once and their variants made by a background job (src/assets/finish-picture.ts). An
 * asset is `processing` until then (its `variants` hold one display-size file, `source_hash` names the upload
 * without its metadata, which the job reads), `ready` after, or `failed` with a `failure` the library shows.
 */
export const sql = `
ALTER TABLE assets ADD COLUMN status text NOT NULL DEFAULT 'ready' CHECK (status IN ('processing', 'ready', 'failed'));
ALTER TABLE assets ADD COLUMN failure text;
ALTER TABLE assets ADD COLUMN source_hash text;
`;
