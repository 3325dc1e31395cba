/** PageHub's mark and name. */
export function Logo() {
  return (
    <span className="inline-flex items-center gap-2 text-lead font-semibold tracking-tight text-ink">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
        <rect width="32" height="32" rx="8" fill="var(--color-brand-700)" />
        <path d="M9 23V9h7.5a5 5 0 0 1 0 10H13v4z" fill="#fff" />
        <path d="M13 12.5v3h3.3a1.5 1.5 0 0 0 0-3z" fill="var(--color-brand-700)" />
      </svg>
      PageHub
    </span>
  );
}
