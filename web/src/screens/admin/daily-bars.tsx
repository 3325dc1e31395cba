// A small bar chart of one figure per day, drawn as inline SVG: one bar per day scaled to the busiest day, the
// highest value written above, and the first and last day under it. Screen readers get the figures as a list.
import { useId } from 'react';

export interface DailyBarsProps {
  title: string;
  days: { day: string; value: number }[];
  format: (value: number) => string;
}

const WIDTH = 280;
const HEIGHT = 80;

const shortDay = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });

export function DailyBars({ title, days, format }: DailyBarsProps) {
  const titleId = useId();
  const highest = Math.max(0, ...days.map((entry) => entry.value));
  const slot = WIDTH / Math.max(days.length, 1);
  const gap = Math.min(4, slot * 0.2);
  // Few days (24 hours spans two): slim bars in the middle of their day, not slabs.
  const barWidth = Math.min(Math.max(slot - gap, 1), 24);
  const total = days.reduce((sum, entry) => sum + entry.value, 0);
  return (
    <figure className="rounded-card border border-line bg-surface p-4 shadow-card">
      <figcaption id={titleId} className="flex items-baseline justify-between gap-2 text-small">
        <span className="font-semibold text-ink">{title}</span>
        <span className="text-ink-muted">{format(total)} in all</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="mt-3 h-20 w-full" preserveAspectRatio="none" aria-hidden="true">
        <line x1="0" y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} className="stroke-line" strokeWidth="1" />
        {days.map((entry, index) => {
          const height = highest === 0 ? 0 : Math.max(entry.value > 0 ? 2 : 0, (entry.value / highest) * (HEIGHT - 4));
          return <rect key={entry.day} x={index * slot + (slot - barWidth) / 2} y={HEIGHT - height} width={barWidth} height={height} rx="1.5" className="fill-brand-600" />;
        })}
      </svg>
      <div aria-hidden="true" className="mt-1 flex justify-between text-caption text-ink-muted">
        <span>{days[0] ? shortDay(days[0].day) : ''}</span>
        <span>highest {format(highest)}</span>
        <span>{days.length > 1 ? shortDay(days.at(-1)!.day) : ''}</span>
      </div>
      <ul className="sr-only" aria-labelledby={titleId}>
        {days.map((entry) => (
          <li key={entry.day}>
            {shortDay(entry.day)}: {format(entry.value)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
