// A description typed on the front door, carried through sign-up (and its confirmation mail, opened in the same
// browser) to the create screen, which starts generating from it. Kept in localStorage for a day; forgotten once used.

const KEY = 'pagehub:description-to-create';
const KEPT_MS = 24 * 3600 * 1000;

/** Where the front door sends a description once the person is signed in. */
export const CREATE_FROM_HOME = '/new?from=home';

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const browserStorage = (): KeyValueStorage => globalThis.localStorage;

export function carryDescription(text: string, { now = Date.now(), storage = browserStorage() } = {}): void {
  try {
    storage.setItem(KEY, JSON.stringify({ text, at: now }));
  } catch {
    // Storage full or blocked: the create screen opens empty, and the person pastes it again.
  }
}

/** The carried description; null when there is none, or it is older than a day. Kept until forgotten. */
export function carriedDescription({ now = Date.now(), storage = browserStorage() } = {}): string | null {
  let stored: string | null = null;
  try {
    stored = storage.getItem(KEY);
  } catch {
    return null;
  }
  if (!stored) return null;
  try {
    const { text, at } = JSON.parse(stored) as { text?: unknown; at?: unknown };
    return typeof text === 'string' && typeof at === 'number' && now - at < KEPT_MS && text.trim() !== '' ? text : null;
  } catch {
    return null;
  }
}

/** Once the create screen has it (a render may read it twice). */
export function forgetCarriedDescription({ storage = browserStorage() } = {}): void {
  try {
    storage.removeItem(KEY);
  } catch {
    // Blocked storage: nothing was kept either.
  }
}
