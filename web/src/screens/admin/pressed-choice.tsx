// A row of buttons of which one is pressed (the dashboard's time range, the Errors screen's kinds); it wraps on a
// phone instead of widening the page.
import { classNames } from '../../ui/index.ts';

export function PressedChoice<Value extends string>({ label, options, value, onChange }: { label: string; options: { value: Value; label: string }[]; value: Value; onChange: (value: Value) => void }) {
  return (
    <div role="group" aria-label={label} className="inline-flex flex-wrap gap-0.5 rounded-control border border-line-strong bg-surface p-0.5 shadow-card">
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
          className={classNames('focus-ring rounded-[0.4rem] px-3 py-1.5 text-small font-medium', value === option.value ? 'bg-brand-700 text-white' : 'text-ink-muted hover:text-ink')}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
