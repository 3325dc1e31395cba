// How full one allowance is: the state a usage bar shows in words and an icon, not by colour alone.
export type UsageState = 'ok' | 'warning' | 'full' | 'unlimited';

/** Full at or past the ceiling (a ceiling of 0 is full from the start), warning from 80 %. */
export function usageState(used: number, ceiling: number | null): UsageState {
  if (ceiling === null) return 'unlimited';
  if (used >= ceiling) return 'full';
  return used >= ceiling * 0.8 ? 'warning' : 'ok';
}
