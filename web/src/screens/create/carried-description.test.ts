import { describe, expect, it } from 'vitest';
import { carriedDescription, carryDescription, forgetCarriedDescription } from './carried-description.ts';

function memoryStorage(isFull = false) {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key: string) => entries.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (isFull) throw new DOMException('full', 'QuotaExceededError');
      entries.set(key, value);
    },
    removeItem: (key: string) => void entries.delete(key),
  };
}

describe('a description carried from the front door to the create screen', () => {
  it('arrives as it was typed, until it is forgotten', () => {
    const storage = memoryStorage();
    carryDescription('Crumb & Co, a bakery in Porto — “warm”, 7am–2pm.\nSecond line', { storage, now: 1000 });
    expect(carriedDescription({ storage, now: 2000 })).toBe('Crumb & Co, a bakery in Porto — “warm”, 7am–2pm.\nSecond line');
    expect(carriedDescription({ storage, now: 2500 })).toBe('Crumb & Co, a bakery in Porto — “warm”, 7am–2pm.\nSecond line');
    forgetCarriedDescription({ storage });
    expect(carriedDescription({ storage, now: 3000 })).toBeNull();
  });

  it('is forgotten after a day, and a blank or damaged one is none', () => {
    const storage = memoryStorage();
    carryDescription('A bakery in Porto', { storage, now: 0 });
    expect(carriedDescription({ storage, now: 24 * 3600 * 1000 })).toBeNull();
    carryDescription('   ', { storage, now: 0 });
    expect(carriedDescription({ storage, now: 1 })).toBeNull();
    storage.setItem('pagehub:description-to-create', '{not json');
    expect(carriedDescription({ storage, now: 1 })).toBeNull();
  });

  it('loses nothing but itself when storage is full', () => {
    const storage = memoryStorage(true);
    expect(() => carryDescription('A bakery in Porto', { storage })).not.toThrow();
    expect(carriedDescription({ storage })).toBeNull();
  });
});
