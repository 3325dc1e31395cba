/**
 * A site a platform admin took down for abuse: when, why (the reason its owners see on the site's screens and in
 * the mail they get) and by whom. While `taken_down_at` is set nobody publishes the site again (publish/
 * site-takedowns.ts); restoring clears all three and publishes nothing.
 */
export const sql = `
ALTER TABLE sites ADD COLUMN taken_down_at timestamptz;
ALTER TABLE sites ADD COLUMN taken_down_reason text;
ALTER TABLE sites ADD COLUMN taken_down_by text;
`;
