// PostgreSQL LISTEN/NOTIFY on either backend: how a process hears that something it caches changed (see
// DESIGN.md "Scaling out"). On PostgreSQL a dedicated client (outside the pool) holds the LISTEN and reconnects
// after a lost connection; on PGlite the engine calls back in-process.
import pg from 'pg';
import type { Database } from './database.ts';

export interface ListenOptions {
  /**
   * Called after a lost connection was re-established: notifications sent in between were missed, so reload
   * whatever the channel keeps fresh.
   */
  onReconnect?: () => void;
  /** A connection problem (logged by the caller); listening resumes by itself. */
  onError?: (error: unknown) => void;
  /** Delay before the first reconnection attempt, doubled up to 30 s. Default 500 ms. */
  retryMs?: number;
}

/** Calls `onNotification(payload)` for each NOTIFY on `channel` until the returned function is called. */
export async function listen(database: Database, channel: string, onNotification: (payload: string) => void, options: ListenOptions = {}): Promise<() => Promise<void>> {
  if (database.pglite) {
    const pglite = database.pglite;
    const unlisten = await besidePool(database, () => pglite.listen(channel, onNotification));
    return async () => {
      if (!pglite.closed) await besidePool(database, unlisten);
    };
  }
  return listenOnPostgres(database.pool.options, channel, onNotification, options);
}

/**
 * Runs `action` (a LISTEN or UNLISTEN sent to PGlite directly) while holding the pool's one connection: the
 * node-postgres bridge sends a query as several protocol messages, and a statement run between them destroys its
 * portal ("portal \"\" does not exist").
 */
async function besidePool<T>(database: Database, action: () => Promise<T>): Promise<T> {
  const connection = await database.pool.connect();
  try {
    return await action();
  } finally {
    connection.release();
  }
}

async function listenOnPostgres(connection: pg.ClientConfig, channel: string, onNotification: (payload: string) => void, { onReconnect, onError, retryMs = 500 }: ListenOptions): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let isStopped = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let delay = retryMs;

  const connect = async (): Promise<pg.Client> => {
    const next = new pg.Client(connection);
    next.on('notification', (message) => {
      if (message.channel === channel) onNotification(message.payload ?? '');
    });
    next.on('error', (error) => {
      onError?.(error);
      lostConnection(next);
    });
    next.on('end', () => lostConnection(next));
    try {
      await next.connect();
      await next.query(`LISTEN "${channel.replace(/"/g, '""')}"`);
    } catch (error) {
      next.end().catch(() => {});
      throw error;
    }
    return next;
  };

  const scheduleReconnect = () => {
    if (isStopped || retryTimer) return;
    retryTimer = setTimeout(() => void attempt(), delay);
  };

  const attempt = async () => {
    retryTimer = undefined;
    if (isStopped) return;
    try {
      const next = await connect();
      if (isStopped) {
        await next.end().catch(() => {});
        return;
      }
      client = next;
      delay = retryMs;
      onReconnect?.();
    } catch (error) {
      onError?.(error);
      delay = Math.min(delay * 2, 30_000);
      scheduleReconnect();
    }
  };

  /** Only the client in use counts: a client that failed while connecting is retried by attempt(). */
  function lostConnection(lost: pg.Client) {
    if (isStopped || lost !== client) return;
    client = undefined;
    lost.end().catch(() => {});
    scheduleReconnect();
  }

  client = await connect();
  return async () => {
    isStopped = true;
    if (retryTimer) clearTimeout(retryTimer);
    const current = client;
    client = undefined;
    await current?.end().catch(() => {});
  };
}
