/** "Skip to content": the first thing a keyboard reaches, shown only when focused; leads to the screen's `#main`. */
export function SkipLink() {
  return (
    <a href="#main" className="focus-ring sr-only z-50 rounded-control bg-surface px-3 py-2 text-small font-medium focus:not-sr-only focus:fixed focus:top-2 focus:left-2">
      Skip to content
    </a>
  );
}
