// One LISTEN per channel per process, shared by every live stream of every site (see routes/live.ts): opened when
// the first stream subscribes, closed when the last one leaves, so a process with no open editor holds no extra
// connection. A notification goes to the subscribers of the site it names; after a lost LISTEN connection every
// subscriber is told it may have missed something (`missed`) and re-reads what it shows.
import type { Database } from './database.ts';
import { HEADS_CHANNEL, PRESENCE_CHANNEL } from './live-channels.ts';
import { listen } from './notifications.ts';

export type SiteEvent =
  /** Branch `branch` of the site now points at `commit` (seq orders a site's commits). */
  | { kind: 'head'; branch: string; commit: string; seq: number }
  /** Someone arrived, moved or left: re-read the presence list. */
  | { kind: 'presence' }
  /** The LISTEN connection was lost and is back: notifications may have been missed. */
  | { kind: 'missed' };

export interface SiteEvents {
  /** Calls `listener` for each event of site `siteId`; resolves once this process is listening. Call the result to stop. */
  subscribe(siteId: string, listener: (event: SiteEvent) => void): Promise<() => void>;
  /** Subscribers right now: the open live streams of this process (for metrics). */
  readonly openStreams: number;
}

export interface SiteEventsOptions {
  /** A connection problem; listening resumes by itself (streams fall back on their periodic checks meanwhile). */
  onError?: (error: unknown) => void;
}

/** A NOTIFY payload on HEADS_CHANNEL, read as hostile: anyone with database access may send one. */
function parseHead(payload: string): { siteId: string; event: SiteEvent } | null {
  try {
    const value: unknown = JSON.parse(payload);
    if (typeof value !== 'object' || value === null) return null;
    const { siteId, branch, commit, seq } = value as Record<string, unknown>;
    if (typeof siteId !== 'string' || typeof branch !== 'string' || typeof commit !== 'string' || typeof seq !== 'number') return null;
    return { siteId, event: { kind: 'head', branch, commit, seq } };
  } catch {
    return null;
  }
}

export function createSiteEvents(database: Database, { onError }: SiteEventsOptions = {}): SiteEvents {
  const listeners = new Map<string, Set<(event: SiteEvent) => void>>();
  let count = 0;
  let listening: Promise<Array<() => Promise<void>>> | undefined;

  const emit = (siteId: string, event: SiteEvent) => {
    for (const listener of listeners.get(siteId) ?? []) listener(event);
  };
  const emitAll = (event: SiteEvent) => {
    for (const siteId of listeners.keys()) emit(siteId, event);
  };

  const listenTo = (channel: string, onPayload: (payload: string) => void) =>
    listen(database, channel, onPayload, { onReconnect: () => emitAll({ kind: 'missed' }), ...(onError ? { onError } : {}) }).catch((error: unknown) => {
      onError?.(error);
      return async () => {};
    });

  const startListening = () =>
    Promise.all([
      listenTo(HEADS_CHANNEL, (payload) => {
        const head = parseHead(payload);
        if (head) emit(head.siteId, head.event);
      }),
      listenTo(PRESENCE_CHANNEL, (siteId) => emit(siteId, { kind: 'presence' })),
    ]);

  const stopListening = (current: NonNullable<typeof listening>) =>
    void current.then((stops) => Promise.all(stops.map((stop) => stop()))).catch((error: unknown) => onError?.(error));

  return {
    async subscribe(siteId, listener) {
      const forSite = listeners.get(siteId) ?? new Set();
      forSite.add(listener);
      listeners.set(siteId, forSite);
      count += 1;
      listening ??= startListening();
      const current = listening;
      let isSubscribed = true;
      const unsubscribe = () => {
        if (!isSubscribed) return;
        isSubscribed = false;
        forSite.delete(listener);
        if (forSite.size === 0 && listeners.get(siteId) === forSite) listeners.delete(siteId);
        count -= 1;
        if (count === 0 && listening) {
          stopListening(listening);
          listening = undefined;
        }
      };
      await current;
      return unsubscribe;
    },
    get openStreams() {
      return count;
    },
  };
}
