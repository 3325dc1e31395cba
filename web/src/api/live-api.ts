// Live editing: a tab says it has the site open (a heartbeat), says when it closes, and follows the live stream —
// GET /api/sites/{id}/live, whose `presence` event carries a list of PresenceEntry and whose `head` event carries a
// HeadEvent (web/src/editor/use-live-site.ts reads it).
import { api, callUrl, type RequestBody, type Schema } from './contract.ts';

/** Someone with the branch open: who, where, and their colour. `isSelf` marks the caller's own tabs. */
export type PresenceEntry = Schema<'PresenceEntry'>;

/** The branch's head after a commit: which commit, by whom (null when the author's account is gone), and what it did. */
export type HeadEvent = Schema<'HeadEvent'>;

/** What the live stream's events carry, by event name. */
export type LiveEvents = Schema<'LiveEvents'>;

export const reportPresence = (siteId: string, body: RequestBody<'/api/sites/{id}/presence', 'post'>) => api.post('/api/sites/{id}/presence', { path: { id: siteId }, body });

/**
 * Says that the tab closed the site. Sent with `keepalive`, so it still goes out while the page unloads; a failure
 * does not matter (the tab drops out of the list 30 s after its last heartbeat anyway).
 */
export function leavePresence(siteId: string, tabId: string): void {
  const url = callUrl('/api/sites/{id}/presence/{tabId}', { path: { id: siteId, tabId } });
  void fetch(url, { method: 'DELETE', credentials: 'same-origin', keepalive: true }).catch(() => {});
}

/** The address of the live stream of one branch, for an EventSource. */
export const liveStreamUrl = (siteId: string, branch: string) => callUrl('/api/sites/{id}/live', { path: { id: siteId }, query: { branch } });
