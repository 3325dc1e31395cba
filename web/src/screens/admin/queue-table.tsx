// The Jobs screen's queues: per queue, jobs waiting, running, waiting for a retry, failed for good and done; a
// queue whose failed jobs go on to another (its dead-letter queue) says which.
import type { QueueFigures } from '../../api/index.ts';
import { formatCount } from './admin-format.ts';
import { AdminTable, EmptyRow, Td, Th } from './admin-table.tsx';

const QUEUE_WORDS: Record<string, string> = {
  'site-generation': 'Writing new sites',
  'site-generation-abandoned': 'Closing generations that gave up',
  'picture-variants': 'Preparing uploaded pictures',
  'picture-variants-abandoned': 'Closing picture jobs that gave up',
};

export function QueueTable({ queues }: { queues: QueueFigures[] }) {
  const deadLetters = new Map(queues.filter((queue) => queue.deadLetter).map((queue) => [queue.deadLetter!, queue.name]));
  return (
    <AdminTable
      label="Queues"
      header={
        <>
          <Th>Queue</Th>
          <Th className="text-right">Waiting</Th>
          <Th className="text-right">Running</Th>
          <Th className="text-right">Retrying</Th>
          <Th className="text-right">Failed</Th>
          <Th className="text-right">Done</Th>
        </>
      }
    >
      {queues.length === 0 ? <EmptyRow columns={6}>No queues yet.</EmptyRow> : null}
      {queues.map((queue) => (
        <tr key={queue.name} data-testid="queue-row">
          <Td>
            <p className="font-mono text-caption whitespace-nowrap">{queue.name}</p>
            {QUEUE_WORDS[queue.name] ? <p className="text-caption whitespace-nowrap text-ink-muted">{QUEUE_WORDS[queue.name]}</p> : null}
            {queue.deadLetter ? <p className="text-caption whitespace-nowrap text-ink-muted">Failed jobs go on to {queue.deadLetter}</p> : null}
            {deadLetters.has(queue.name) ? <p className="text-caption whitespace-nowrap text-warning">Dead letters of {deadLetters.get(queue.name)}</p> : null}
          </Td>
          <Td className="text-right tabular-nums">{formatCount(queue.created)}</Td>
          <Td className="text-right tabular-nums">{formatCount(queue.active)}</Td>
          <Td className="text-right tabular-nums">{formatCount(queue.retry)}</Td>
          <Td className={queue.failed > 0 ? 'text-right font-semibold text-danger tabular-nums' : 'text-right tabular-nums'}>{formatCount(queue.failed)}</Td>
          <Td className="text-right text-ink-muted tabular-nums">{formatCount(queue.completed)}</Td>
        </tr>
      ))}
    </AdminTable>
  );
}
