// /admin — the dashboard: the figures of the last 24 hours, 7 or 30 days as cards, a small chart per day of
// sign-ups, chat edits and AI cost, and the model calls by role and model.
import { useState } from 'react';
import { type AdminDashboard, type DashboardRange, errorMessage, useAdminDashboard } from '../../api/index.ts';
import { Alert, LoadingBlock } from '../../ui/index.ts';
import { formatCount, formatMs, formatPercent, formatUsd } from './admin-format.ts';
import { DailyBars } from './daily-bars.tsx';
import { FigureCard } from './figure-card.tsx';
import { ModelUsageTable } from './model-usage-table.tsx';
import { PressedChoice } from './pressed-choice.tsx';

const RANGES: { value: DashboardRange; label: string }[] = [
  { value: '24h', label: '24 hours' },
  { value: '7d', label: '7 days' },
  { value: '30d', label: '30 days' },
];

function Figures({ figures }: { figures: AdminDashboard }) {
  const { generations, chatEdits, ai } = figures;
  return (
    <dl className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
      <FigureCard label="Sign-ups" value={formatCount(figures.signUps)} testId="figure-sign-ups" />
      <FigureCard label="Active sites" value={formatCount(figures.activeSites)} detail="sites with a change" testId="figure-active-sites" />
      <FigureCard label="Sites generated" value={formatCount(generations.succeeded)} detail={`${formatCount(generations.failed)} failed`} testId="figure-generations" />
      <FigureCard label="Chat edits" value={formatCount(chatEdits.total)} detail={chatEdits.successRate === null ? 'none finished yet' : `${formatPercent(chatEdits.successRate)} succeeded · ${formatCount(chatEdits.failed)} failed`} testId="figure-chat-edits" />
      <FigureCard label="Model latency" value={formatMs(ai.p50LatencyMs)} detail={ai.p50LatencyMs === null ? 'no model calls' : `median · slowest 5 % from ${formatMs(ai.p95LatencyMs)}`} testId="figure-latency" />
      <FigureCard label="Cost per edit" value={formatUsd(ai.costPerEditUsd)} detail={`${formatUsd(ai.costUsd)} on models in all`} testId="figure-cost" />
      <FigureCard label="Publishes" value={formatCount(figures.publishes)} testId="figure-publishes" />
      <FigureCard label="Form messages" value={formatCount(figures.formSubmissions)} detail="sent by visitors" testId="figure-form-messages" />
    </dl>
  );
}

export function DashboardSection() {
  const [range, setRange] = useState<DashboardRange>('7d');
  const dashboard = useAdminDashboard(range);
  const figures = dashboard.data;
  return (
    <div className="space-y-6">
      <PressedChoice label="Time range" options={RANGES} value={range} onChange={setRange} />
      {dashboard.isError ? <Alert tone="danger" title="The figures could not be loaded">{errorMessage(dashboard.error)}</Alert> : null}
      {!figures ? (
        dashboard.isPending ? <LoadingBlock label="Counting…" /> : null
      ) : (
        <>
          <Figures figures={figures} />
          <section aria-labelledby="per-day-heading">
            <h2 id="per-day-heading" className="mb-3 text-title font-semibold">
              Per day
            </h2>
            <div className="grid gap-3 sm:gap-4 lg:grid-cols-3">
              <DailyBars title="Sign-ups" days={figures.daily.map((day) => ({ day: day.day, value: day.signUps }))} format={formatCount} />
              <DailyBars title="Chat edits" days={figures.daily.map((day) => ({ day: day.day, value: day.chatEdits }))} format={formatCount} />
              <DailyBars title="AI cost" days={figures.daily.map((day) => ({ day: day.day, value: day.costUsd }))} format={formatUsd} />
            </div>
          </section>
          <section aria-labelledby="models-heading">
            <h2 id="models-heading" className="mb-3 text-title font-semibold">
              Model use
            </h2>
            <ModelUsageTable rows={figures.ai.byModel} />
          </section>
        </>
      )}
    </div>
  );
}
