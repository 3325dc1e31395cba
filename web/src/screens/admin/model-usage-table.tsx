// The dashboard's model calls, one row per role and model: calls, failures, tokens, cost and latency.
import type { AdminDashboard } from '../../api/index.ts';
import { AdminTable, Td, Th } from './admin-table.tsx';
import { formatCount, formatMs, formatUsd } from './admin-format.ts';

const ROLE_NAMES: Record<string, string> = { intent: 'Reading requests', editor: 'Editing', generator: 'Generating sites', image: 'Images' };

export function ModelUsageTable({ rows }: { rows: AdminDashboard['ai']['byModel'] }) {
  if (rows.length === 0) return <p className="rounded-card border border-dashed border-line-strong bg-surface p-6 text-center text-small text-ink-muted">No model calls in this time.</p>;
  return (
    <AdminTable
      label="Model use by role and model"
      header={
        <>
          <Th>Role</Th>
          <Th>Model</Th>
          <Th className="text-right">Calls</Th>
          <Th className="text-right">Failed</Th>
          <Th className="text-right">Tokens in / out</Th>
          <Th className="text-right">Cost</Th>
          <Th className="text-right">Median / slowest 5 %</Th>
        </>
      }
    >
      {rows.map((row) => (
        <tr key={`${row.role} ${row.provider} ${row.model}`}>
          <Td className="whitespace-nowrap">{ROLE_NAMES[row.role] ?? row.role}</Td>
          <Td className="font-mono text-caption whitespace-nowrap">
            {row.provider}:{row.model}
          </Td>
          <Td className="text-right tabular-nums">{formatCount(row.calls)}</Td>
          <Td className="text-right tabular-nums">{formatCount(row.failures)}</Td>
          <Td className="text-right whitespace-nowrap tabular-nums">
            {formatCount(row.inputTokens)} / {formatCount(row.outputTokens)}
          </Td>
          <Td className="text-right tabular-nums">{formatUsd(row.costUsd)}</Td>
          <Td className="text-right whitespace-nowrap tabular-nums">
            {formatMs(row.p50LatencyMs)} / {formatMs(row.p95LatencyMs)}
          </Td>
        </tr>
      ))}
    </AdminTable>
  );
}
