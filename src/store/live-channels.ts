// The NOTIFY channels of live editing (see site-events.ts, which listens to both).

/** A branch moved: `{siteId, branch, commit, seq}` as JSON, sent inside writeCommit's transaction. */
export const HEADS_CHANNEL = 'site_heads';

/** Someone arrived on, moved within or left a site's editor: the payload is the site id. */
export const PRESENCE_CHANNEL = 'site_presence';
