import { sql as platform } from './0001-platform.ts';
import { sql as history } from './0002-history.ts';

/** Numbered, append-only: never edit a released migration; add the next number. */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: 'platform', sql: platform },
  { version: 2, name: 'history', sql: history },
];
