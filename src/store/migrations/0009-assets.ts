/**
 * Uploaded pictures of a site (src/assets): one row per upload with its published variants — each a
 * content-addressed blob — its intrinsic size, dominant colour and alt text. `bytes` is what the variants take in
 * storage, summed per site and per account for the plans' caps. Deleting a picture from the library sets
 * `deleted_at`: older versions of the site may still show it, and undo or rollback must find it again. Deleting a
 * site deletes its rows; the blobs stay (content-addressed, shared with deployments) until a sweep finds nothing
 * referring to them.
 */
export const sql = `
CREATE TABLE assets (
  id text PRIMARY KEY,
  site_id text NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  file_name text NOT NULL,
  alt text NOT NULL DEFAULT '',
  source_format text NOT NULL,
  width integer NOT NULL CHECK (width > 0),
  height integer NOT NULL CHECK (height > 0),
  has_alpha boolean NOT NULL,
  dominant_color text NOT NULL,
  bytes bigint NOT NULL CHECK (bytes >= 0),
  variants jsonb NOT NULL,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX assets_by_site ON assets (site_id, created_at);
`;
