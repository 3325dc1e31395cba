// Work that no member of a site performs — a generation job, a periodic task, a visitor's form post, Caddy's TLS
// question — reaches a site's data without a membership check. It says so, with a reason: `asSystem` is the one
// way around site roles (Payload's `overrideAccess`; CONVENTIONS.md "Access"), and `grep -rn "asSystem(" src`
// lists every place that uses it. A file of its own, importing nothing, so that every area may use it.

/** Who acts when no member does, and why. */
export interface SystemActor {
  readonly kind: 'system';
  /** Why no member's role is checked, in a few words; the work's log lines carry it. */
  readonly reason: string;
}

export function asSystem(reason: string): SystemActor {
  if (reason.trim() === '') throw new Error('asSystem needs a reason');
  return Object.freeze({ kind: 'system', reason });
}
