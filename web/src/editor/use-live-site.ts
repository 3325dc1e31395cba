// Live editing in the editor: who else has this branch open (and which section each is editing), and the branch's
// newest commit, whoever made it and on whichever server. The hook follows GET /api/sites/{id}/live with an
// EventSource (which reconnects by itself and sends the session cookie), reports this tab every 10 s and whenever
// `sectionId` changes, and says it left on unmount and when the page is hidden for good (pagehide).
//
// `others` leaves out every tab of the signed-in person (the server marks them `isSelf`): the editor shows who
// *else* is here. `latestHead` is the branch's head as the server last announced it — at once on (re)connecting,
// then at every commit — so compare it with the head the editor holds before reloading anything.
import { useEffect, useRef, useState } from 'react';
import { type HeadEvent, leavePresence, type LiveEvents, liveStreamUrl, type PresenceEntry, reportPresence } from '../api/index.ts';

/** How often a tab says it is still here; the server forgets a tab after 30 s of silence. */
export const HEARTBEAT_MS = 10_000;

export interface LiveSite {
  /** The other people with the branch open, one entry per tab, sorted by name. */
  others: PresenceEntry[];
  /** The branch's head as last announced, or null before the stream's first event. */
  latestHead: HeadEvent | null;
}

/** A random id for this tab's presence: 32 hex digits (randomUUID exists only on HTTPS and localhost; this does not need it). */
function newTabId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function readEvent<Name extends keyof LiveEvents>(event: Event): LiveEvents[Name] | null {
  try {
    return JSON.parse((event as MessageEvent<string>).data) as LiveEvents[Name];
  } catch {
    return null;
  }
}

export function useLiveSite(siteId: string, branch: string, { sectionId = null }: { sectionId?: string | null } = {}): LiveSite {
  const [tabId] = useState(newTabId);
  const [others, setOthers] = useState<PresenceEntry[]>([]);
  const [latestHead, setLatestHead] = useState<HeadEvent | null>(null);
  const current = useRef({ branch, sectionId });
  current.current = { branch, sectionId };

  // The stream of one branch.
  useEffect(() => {
    setOthers([]);
    setLatestHead(null);
    const source = new EventSource(liveStreamUrl(siteId, branch));
    source.addEventListener('presence', (event) => {
      const entries = readEvent<'presence'>(event);
      if (Array.isArray(entries)) setOthers(entries.filter((entry) => !entry.isSelf));
    });
    source.addEventListener('head', (event) => {
      const head = readEvent<'head'>(event);
      if (head) setLatestHead(head);
    });
    return () => source.close();
  }, [siteId, branch]);

  // The heartbeat: now (a new branch or section is reported at once), then every 10 s, and when the tab is shown again.
  useEffect(() => {
    const beat = () => void reportPresence(siteId, { tabId, ...current.current }).catch(() => {});
    beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') beat();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [siteId, branch, sectionId, tabId]);

  // Leaving: when the editor closes the site, and when the page goes away (a page restored from the back/forward
  // cache reports itself again through `pageshow`).
  useEffect(() => {
    const onPageHide = () => leavePresence(siteId, tabId);
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) void reportPresence(siteId, { tabId, ...current.current }).catch(() => {});
    };
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
      leavePresence(siteId, tabId);
    };
  }, [siteId, tabId]);

  return { others, latestHead };
}
