// /admin/errors — the error log grouped by fingerprint, seen most recently first: server errors, failed jobs and
// failed AI edits, each with how often and when it was first and last seen; narrowed by kind; one group opens
// below the list with its occurrences.
import { useRef, useState } from 'react';
import { errorMessage, type ErrorKind, useErrorGroups } from '../../api/index.ts';
import { Alert, Button, LoadingBlock } from '../../ui/index.ts';
import { formatCount, formatDateTime } from './admin-format.ts';
import { AdminTable, EmptyRow, Td, Th } from './admin-table.tsx';
import { ErrorGroupPanel } from './error-group-panel.tsx';
import { ERROR_KINDS, kindLabel } from './error-words.ts';
import { LoadMore } from './load-more.tsx';
import { PressedChoice } from './pressed-choice.tsx';

type KindChoice = ErrorKind | 'all';
type PeriodChoice = '24h' | '7d' | '30d';
const PERIODS: { value: PeriodChoice; label: string; hours: number }[] = [
  { value: '24h', label: '24 hours', hours: 24 },
  { value: '7d', label: '7 days', hours: 24 * 7 },
  { value: '30d', label: '30 days', hours: 24 * 30 },
];

/** The start of the period, to the minute (so the list is not asked again on every render). */
function sinceOf(period: PeriodChoice): string | null {
  if (period === '30d') return null; // the log keeps 30 days anyway
  const hours = PERIODS.find((entry) => entry.value === period)!.hours;
  const start = new Date(Date.now() - hours * 3_600_000);
  start.setUTCSeconds(0, 0);
  return start.toISOString();
}
const CHOICES: { value: KindChoice; label: string }[] = [{ value: 'all', label: 'All' }, ...ERROR_KINDS.map((kind) => ({ value: kind.value, label: kind.plural }))];

export function ErrorsSection() {
  const [kind, setKind] = useState<KindChoice>('all');
  const [openFingerprint, setOpenFingerprint] = useState<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const openGroup = (fingerprint: string) => {
    setOpenFingerprint(fingerprint);
    // The group opens above the list: bring it into view (after React has rendered it).
    requestAnimationFrame(() => panel.current?.scrollIntoView({ block: 'start', behavior: 'smooth' }));
  };
  const [period, setPeriod] = useState<PeriodChoice>('30d');
  const [since, setSince] = useState<string | null>(null);
  const choosePeriod = (value: PeriodChoice) => {
    setPeriod(value);
    setSince(sinceOf(value));
  };
  const groups = useErrorGroups(kind === 'all' ? null : kind, since);
  const rows = groups.data?.pages.flatMap((page) => page.groups) ?? [];
  const what = kind === 'all' ? 'errors' : ERROR_KINDS.find((entry) => entry.value === kind)!.plural.toLowerCase();
  const empty = `No ${what} in the last ${PERIODS.find((entry) => entry.value === period)!.label}.`;
  return (
    <div className="space-y-4">
      <p className="text-body text-ink-muted">What went wrong on the server, in background jobs and in AI edits in the last 30 days. The same error, repeated, is one row.</p>
      <div className="flex flex-wrap gap-3">
        <PressedChoice label="Kind of error" options={CHOICES} value={kind} onChange={setKind} />
        <PressedChoice label="Seen in the last" options={PERIODS} value={period} onChange={choosePeriod} />
      </div>
      {groups.isError && !groups.isFetchNextPageError ? <Alert tone="danger">{errorMessage(groups.error)}</Alert> : null}
      <div ref={panel} className="scroll-mt-4">
        {openFingerprint ? <ErrorGroupPanel fingerprint={openFingerprint} onClose={() => setOpenFingerprint(null)} /> : null}
      </div>
      {groups.isPending ? (
        <LoadingBlock label="Loading the errors…" />
      ) : (
        <AdminTable
          label="Errors"
          header={
            <>
              <Th>Error</Th>
              <Th className="hidden text-right sm:table-cell">Times</Th>
              <Th className="hidden sm:table-cell">Last seen</Th>
              <Th className="hidden sm:table-cell">
                <span className="sr-only">Actions</span>
              </Th>
            </>
          }
          footer={groups.hasNextPage ? <LoadMore list={groups} /> : null}
        >
          {rows.length === 0 ? <EmptyRow columns={4}>{empty}</EmptyRow> : null}
          {rows.map((group) => {
            const open = (className: string) => (
              <Button size="sm" variant="secondary" className={className} aria-label={`Open the error “${group.message.slice(0, 80)}”`} aria-pressed={openFingerprint === group.fingerprint} onClick={() => openGroup(group.fingerprint)}>
                Open
              </Button>
            );
            return (
              <tr key={group.fingerprint} data-testid="error-row">
                <Td>
                  <p className="text-caption font-medium text-ink-muted">{kindLabel(group.kind)}</p>
                  <p className="font-medium break-words sm:max-w-md sm:min-w-48">{group.message}</p>
                  <p className="font-mono text-caption break-all text-ink-muted">{group.route ?? group.name}</p>
                  {/* On a phone the other columns fold in here. */}
                  <p className="mt-1 text-caption text-ink-muted sm:hidden">
                    {formatCount(group.count)} {group.count === 1 ? 'time' : 'times'} · last {formatDateTime(group.lastSeen)}
                  </p>
                  {open('mt-2 sm:hidden')}
                </Td>
                <Td className="hidden text-right tabular-nums sm:table-cell">{formatCount(group.count)}</Td>
                <Td className="hidden text-ink-muted sm:table-cell">
                  <p className="whitespace-nowrap">{formatDateTime(group.lastSeen)}</p>
                  <p className="text-caption whitespace-nowrap">first {formatDateTime(group.firstSeen)}</p>
                </Td>
                <Td className="hidden py-1.5 text-right sm:table-cell">{open('')}</Td>
              </tr>
            );
          })}
        </AdminTable>
      )}
    </div>
  );
}
