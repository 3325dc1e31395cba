import { describe, expect, it } from 'vitest';
import { ABANDONED_AFTER_MS, pendingEditsStore, tabId } from './pending-edits.ts';

/** localStorage's interface over a Map; `isFull` makes every write throw, as a full quota does. */
function memoryStorage(): Storage & { isFull: boolean } {
  const entries = new Map<string, string>();
  return {
    isFull: false,
    get length() {
      return entries.size;
    },
    key: (index: number) => [...entries.keys()][index] ?? null,
    getItem: (key: string) => entries.get(key) ?? null,
    setItem(key: string, value: string) {
      if (this.isFull) throw new DOMException('full', 'QuotaExceededError');
      entries.set(key, value);
    },
    removeItem: (key: string) => void entries.delete(key),
    clear: () => entries.clear(),
  };
}

const EDIT = { base: 'c1', patch: [{ op: 'replace' as const, path: '/name', value: 'Harbor Bistro' }] };
const at = (ms: number) => new Date(Date.UTC(2026, 11, 4) + ms);

describe('pending edits in the browser', () => {
  it('gives a tab (or its reload) its own edits back, and keeps two tabs of one site apart', () => {
    const storage = memoryStorage();
    const first = pendingEditsStore(storage, 'tab-a', 'site', 'main');
    const second = pendingEditsStore(storage, 'tab-b', 'site', 'main');
    first.save(EDIT, at(0));
    second.save({ base: 'c2', patch: [{ op: 'replace', path: '/name', value: 'Other' }] }, at(0));
    expect(pendingEditsStore(storage, 'tab-a', 'site', 'main').takeOnOpen(at(1000))).toMatchObject(EDIT);
    second.save(null);
    expect(pendingEditsStore(storage, 'tab-a', 'site', 'main').takeOnOpen(at(1000))).toMatchObject(EDIT);
    expect(pendingEditsStore(storage, 'tab-a', 'site', 'other-branch').takeOnOpen(at(1000))).toBeNull();
  });

  it('lets a new tab take what a closed tab left, at once, or after a minute of silence (a crash) — once', () => {
    const storage = memoryStorage();
    const closed = pendingEditsStore(storage, 'tab-a', 'site', 'main');
    closed.save(EDIT, at(0));
    expect(pendingEditsStore(storage, 'tab-b', 'site', 'main').takeOnOpen(at(5_000))).toBeNull();
    closed.leave(at(6_000));
    expect(pendingEditsStore(storage, 'tab-b', 'site', 'main').takeOnOpen(at(7_000))).toMatchObject(EDIT);
    expect(pendingEditsStore(storage, 'tab-c', 'site', 'main').takeOnOpen(at(8_000))).toBeNull();
    pendingEditsStore(storage, 'tab-d', 'site', 'main').save(EDIT, at(0));
    expect(pendingEditsStore(storage, 'tab-e', 'site', 'main').takeOnOpen(at(ABANDONED_AFTER_MS + 1))).toMatchObject(EDIT);
  });

  it('ignores entries that are not edits, and a full storage is not an error', () => {
    const storage = memoryStorage();
    storage.setItem('pagehub:pending-edits:site:main:tab-a', '{"base":1}');
    storage.setItem('pagehub:pending-edits:site:main:tab-b', 'not json');
    expect(pendingEditsStore(storage, 'tab-a', 'site', 'main').takeOnOpen(at(ABANDONED_AFTER_MS * 2))).toBeNull();
    storage.isFull = true;
    expect(() => pendingEditsStore(storage, 'tab-c', 'site', 'main').save(EDIT)).not.toThrow();
    expect(pendingEditsStore(undefined, 'tab-c', 'site', 'main').takeOnOpen()).toBeNull();
  });

  it('keeps a tab id across reloads (sessionStorage) and makes a new one per tab', () => {
    const session = memoryStorage();
    const id = tabId(session);
    expect(tabId(session)).toBe(id);
    expect(tabId(memoryStorage())).not.toBe(id);
  });
});
